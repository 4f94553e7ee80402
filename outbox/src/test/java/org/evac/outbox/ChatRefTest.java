package org.evac.outbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Logs follow a chat by a short hash that does not give its id away. */
class ChatRefTest {

	@Test
	void aChatIsNamedByAStableShortHashThatDoesNotContainItsId() {
		String ref = ChatRef.of(380501234567L);

		assertThat(ref).matches("chat#[0-9a-f]{8}").doesNotContain("380501234567");
		assertThat(ChatRef.of(380501234567L)).isEqualTo(ref);
		assertThat(ChatRef.of(380501234568L)).isNotEqualTo(ref);
	}

}
