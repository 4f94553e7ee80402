package org.evac.bot.followup;

import java.time.Duration;
import java.time.Instant;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.ConversationState;
import org.evac.bot.conversation.Draft;
import org.evac.domain.i18n.Language;
import org.evac.outbox.Keyboard;
import org.evac.outbox.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.followup.FollowUpFixture.text;

/** Residents who stopped half-way are nudged, gently and at most twice. */
class AbandonedConversationsTest {

	private final FollowUpFixture evac = new FollowUpFixture();

	@AfterEach
	void close() {
		this.evac.close();
	}

	@Test
	void nudgesOnceAnHourAfterTheLastAnswerWithAContinueButton() {
		this.evac.conversationAt(1L, "phone", Language.EN, Duration.ofMinutes(59));
		this.evac.tick();
		assertThat(this.evac.textsTo(1L)).isEmpty();

		this.evac.after(Duration.ofMinutes(1));
		this.evac.after(Duration.ofMinutes(30));

		assertThat(this.evac.messagesTo(1L)).singleElement().satisfies(message -> {
			assertThat(message.message().text()).isEqualTo(text(Language.EN, "reminder.abandoned"));
			Keyboard.Inline buttons = (Keyboard.Inline) message.message().keyboard();
			assertThat(buttons.rows().get(0).get(0).data()).isEqualTo("resume|1-1");
			assertThat(message.message().purpose()).isEqualTo("reminder");
		});
		assertThat(this.evac.reminders.count()).isZero();
	}

	@Test
	void nudgesALastTimeADayAfterTheLastAnswerAndThenNoMore() {
		this.evac.conversationAt(2L, "phone", Language.UK, Duration.ofMinutes(61));
		this.evac.tick();
		this.evac.after(Duration.ofHours(23));
		this.evac.after(Duration.ofDays(5));

		assertThat(this.evac.textsTo(2L)).containsExactly(text(Language.UK, "reminder.abandoned"),
				text(Language.UK, "reminder.abandoned-last"));
	}

	@Test
	void aResidentWhoCameBackIsNudgedAnHourAfterTheirNewAnswerNotBefore() {
		this.evac.conversationAt(3L, "phone", Language.UK, Duration.ofMinutes(50));
		this.evac.after(Duration.ofMinutes(5));
		this.evac.touch(3L);

		this.evac.after(Duration.ofMinutes(30));
		assertThat(this.evac.textsTo(3L)).isEmpty();
		this.evac.after(Duration.ofMinutes(30));
		assertThat(this.evac.textsTo(3L)).hasSize(1);
	}

	@Test
	void sendsOnlyTheLastNudgeWhenBothCameDueWhileEvacWasDown() {
		this.evac.conversationAt(4L, "household", Language.RU, Duration.ofHours(30));

		this.evac.tick();
		this.evac.tick();

		assertThat(this.evac.textsTo(4L)).containsExactly(text(Language.RU, "reminder.abandoned-last"));
		assertThat(this.evac.count("evac.reminders.due", "last-nudge")).isEqualTo(1);
		assertThat(this.evac.count("evac.reminders.sent", "last-nudge")).isEqualTo(1);
	}

	@Test
	void aNudgeStoredBeforeTheResidentCameBackIsDropped() {
		this.evac.conversationAt(5L, "phone", Language.UK, Duration.ofHours(2));
		// stored, but not sent: as if the tick stopped between planning and sending
		this.evac.reminders.plan(new Planned("abandoned:5:5-1:1", Nudge.FIRST, 5L, "5-1", this.evac.clock.instant()),
				this.evac.clock.instant(), this.evac.clock.instant());
		this.evac.touch(5L);

		this.evac.tick();

		assertThat(this.evac.textsTo(5L)).isEmpty();
		assertThat(this.evac.reminders.count()).isZero();
		assertThat(this.evac.count("evac.reminders.dropped", "nudge")).isEqualTo(1);
	}

	@Test
	void nothingIsSentOnceTheConversationIsGone() {
		this.evac.conversationAt(6L, "phone", Language.UK, Duration.ofHours(2));
		this.evac.reminders.plan(new Planned("abandoned:6:6-1:1", Nudge.FIRST, 6L, "6-1", this.evac.clock.instant()),
				this.evac.clock.instant(), this.evac.clock.instant());
		this.evac.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), ConversationRecord.class);

		this.evac.tick();

		assertThat(this.evac.textsTo(6L)).isEmpty();
		assertThat(this.evac.reminders.count()).isZero();
	}

	@Test
	void aCorrectionLeftHalfWayIsNotNudged() {
		Instant at = this.evac.clock.instant().minus(Duration.ofHours(30));
		this.evac.mongo.insert(new ConversationRecord(9L,
				new ConversationState(Language.UK, "summary", Draft.empty(), "amend:EV-1001:77", null), 77,
				java.util.List.of(77L), at, at, 1));

		this.evac.tick();

		assertThat(this.evac.textsTo(9L)).isEmpty();
	}

	@Test
	void forgetsADraftUntouchedForTwoWeeksButNotTheLanguage() {
		this.evac.conversationAt(7L, "address", Language.EN, Duration.ofDays(13));
		this.evac.after(Duration.ofHours(23));
		assertThat(this.evac.conversations.find(7L).orElseThrow().state().isIdle()).isFalse();

		this.evac.after(Duration.ofHours(2));

		ConversationRecord forgotten = this.evac.conversations.find(7L).orElseThrow();
		assertThat(forgotten.state().isIdle()).isTrue();
		assertThat(forgotten.state().draft()).isNull();
		assertThat(forgotten.state().language()).isEqualTo(Language.EN);
	}

	@Test
	void aNudgeDueAtNightWaitsForTheMorning() {
		try (FollowUpFixture quiet = new FollowUpFixture(FollowUpFixture.properties("22:00-07:00"))) {
			// 21:30 in Kyiv
			quiet.clock.set(Instant.parse("2026-11-23T19:30:00Z"));
			quiet.conversationAt(8L, "phone", Language.UK, Duration.ofMinutes(59));

			quiet.after(Duration.ofMinutes(40));
			quiet.after(Duration.ofHours(8));
			assertThat(quiet.textsTo(8L)).isEmpty();

			quiet.after(Duration.ofMinutes(51));
			assertThat(quiet.messagesTo(8L)).extracting(OutboxMessage::createdAt)
				.containsExactly(Instant.parse("2026-11-24T05:01:00Z"));
		}
	}

}
