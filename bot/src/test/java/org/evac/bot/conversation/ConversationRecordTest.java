package org.evac.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import org.evac.domain.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A redelivered update is recognised; an older one arriving late is still applied. */
class ConversationRecordTest {

	private static ConversationRecord applied(List<Long> ids) {
		return new ConversationRecord(1L, ConversationState.newcomer(Language.UK),
				ids.stream().mapToLong(Long::longValue).max().orElse(0), ids, Instant.EPOCH, Instant.EPOCH, 1, null);
	}

	@Test
	void anUpdateAppliedBeforeIsARedelivery() {
		assertThat(applied(List.of(10L, 12L)).hasApplied(12L)).isTrue();
		assertThat(applied(List.of(10L, 12L)).hasApplied(10L)).isTrue();
	}

	@Test
	void anOlderUpdateThatArrivesLateIsStillApplied() {
		assertThat(applied(List.of(10L, 12L)).hasApplied(11L)).isFalse();
		assertThat(applied(List.of(10L, 12L)).hasApplied(13L)).isFalse();
	}

	@Test
	void beyondTheWindowOlderUpdatesAreTakenAsApplied() {
		List<Long> full = LongStream.rangeClosed(100, 131).boxed().toList();

		assertThat(applied(full).hasApplied(99L)).isTrue();
		assertThat(applied(full).remembering(132L)).hasSize(ConversationRecord.REMEMBERED_UPDATES)
			.startsWith(101L)
			.endsWith(132L);
	}

	@Test
	void aConversationStoredBeforeTheWindowExistedUsesItsLastUpdate() {
		ConversationRecord old = new ConversationRecord(1L, ConversationState.newcomer(Language.UK), 50L, null,
				Instant.EPOCH, Instant.EPOCH, 1, null);

		assertThat(old.hasApplied(50L)).isTrue();
		assertThat(old.hasApplied(51L)).isFalse();
	}

}
