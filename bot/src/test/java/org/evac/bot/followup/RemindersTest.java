package org.evac.bot.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminders being sent, each step one atomic write on a real database. */
class RemindersTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private final TestDatabase database = new TestDatabase();

	private final Reminders reminders = new Reminders(this.database.template(), Duration.ofSeconds(15));

	@AfterEach
	void close() {
		this.database.close();
	}

	private boolean plan(String key, Instant dueAt) {
		return this.reminders.plan(new Planned(key, CheckIns.NAME, 7L, "r1", dueAt), dueAt, NOW);
	}

	@Test
	void planningTheSameReminderTwiceStoresOne() {
		assertThat(plan("checkin:r1:1", NOW)).isTrue();
		assertThat(plan("checkin:r1:1", NOW)).isFalse();

		assertThat(this.reminders.count()).isEqualTo(1);
		assertThat(this.reminders.keys()).containsExactly("checkin:r1:1");
	}

	@Test
	void onlyOneInstanceTakesUpAReminder() {
		plan("checkin:r1:1", NOW);

		Optional<Reminder> first = this.reminders.claimNext("a", NOW);
		Optional<Reminder> second = this.reminders.claimNext("b", NOW);

		assertThat(first).hasValueSatisfying(r -> {
			assertThat(r.owner()).isEqualTo("a");
			assertThat(r.state()).isEqualTo(Reminder.State.SENDING);
			assertThat(r.attempts()).isEqualTo(1);
		});
		assertThat(second).isEmpty();
	}

	@Test
	void aReminderIsNotTakenUpBeforeItIsDue() {
		plan("checkin:r1:1", NOW.plusSeconds(60));

		assertThat(this.reminders.claimNext("a", NOW)).isEmpty();
		assertThat(this.reminders.claimNext("a", NOW.plusSeconds(60))).isPresent();
	}

	@Test
	void aReminderWhoseHolderDiedIsTakenUpAgainWhenTheLeaseEnds() {
		plan("checkin:r1:1", NOW);
		Reminder held = this.reminders.claimNext("dead", NOW).orElseThrow();

		assertThat(this.reminders.claimNext("b", NOW.plusSeconds(14))).isEmpty();
		Reminder taken = this.reminders.claimNext("b", NOW.plusSeconds(16)).orElseThrow();

		assertThat(taken.owner()).isEqualTo("b");
		assertThat(taken.attempts()).isEqualTo(2);
		this.reminders.done(held);
		assertThat(this.reminders.count()).as("the dead instance no longer holds it").isEqualTo(1);
		this.reminders.done(taken);
		assertThat(this.reminders.count()).isZero();
	}

	@Test
	void aPostponedReminderWaitsUntilItsNewTime() {
		plan("checkin:r1:1", NOW);
		Reminder held = this.reminders.claimNext("a", NOW).orElseThrow();

		this.reminders.postpone(held, NOW.plusSeconds(3600));

		assertThat(this.reminders.claimNext("a", NOW.plusSeconds(3599))).isEmpty();
		assertThat(this.reminders.claimNext("b", NOW.plusSeconds(3600))).hasValueSatisfying(r -> {
			assertThat(r.owner()).isEqualTo("b");
			assertThat(r.attempts()).isEqualTo(1);
		});
	}

	@Test
	void droppingAChatDropsOnlyItsReminders() {
		plan("checkin:r1:1", NOW);
		this.reminders.plan(new Planned("checkin:r2:1", CheckIns.NAME, 8L, "r2", NOW), NOW, NOW);

		assertThat(this.reminders.dropChat(7L)).isEqualTo(1);
		assertThat(this.reminders.keys()).containsExactly("checkin:r2:1");
	}

}
