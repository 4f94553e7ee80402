package org.evac.bot.conversation;

import org.evac.domain.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;

/**
 * One household's requests must not crowd out everyone else's: a resident with three open
 * requests is told kindly why a fourth is not filed, and where to call meanwhile.
 */
class ConversationEngineOpenRequestsTest {

	private final TestBot bot = new TestBot();

	@Test
	void aFourthOpenRequestIsNotFiledAndTheResidentHearsWhyAndTheHotlines() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);
		for (int i = 0; i < 3; i++) {
			resident.command("start").taps("start|new");
			TestBot.walk(resident, Questionnaire.SUMMARY);
			resident.tapsButtonLabelled(text(Language.UK, "summary.confirm"));
		}

		assertThat(this.bot.desk.filed()).hasSize(3);
		assertThat(resident.lastKey()).isEqualTo("filed.too-many");
		assertThat(resident.lastReply().text()).contains("112");
		assertThat(resident.state().isIdle()).isTrue();
	}

}
