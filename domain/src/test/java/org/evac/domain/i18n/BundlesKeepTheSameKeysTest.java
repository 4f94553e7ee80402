package org.evac.domain.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A text added in one language is added in all three. */
class BundlesKeepTheSameKeysTest {

	private final Messages messages = new Messages();

	@Test
	void everyLanguageHasEveryKey() {
		assertThat(this.messages.keys(Language.EN))
			.containsExactlyInAnyOrderElementsOf(this.messages.keys(Language.UK));
		assertThat(this.messages.keys(Language.RU))
			.containsExactlyInAnyOrderElementsOf(this.messages.keys(Language.UK));
	}

	@Test
	void aVolunteersMessageIsPassedOnWordForWordInEveryLanguage() {
		for (Language language : Language.values()) {
			assertThat(this.messages.text(language, "notice.message", "EV-1001", "I'll call at {1}, ok?"))
				.contains("EV-1001")
				.contains("I'll call at {1}, ok?");
			assertThat(this.messages.text(language, "notice.status.SCHEDULED", "EV-1001")).contains("EV-1001");
		}
	}

}
