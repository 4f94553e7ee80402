package org.evac.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.evac.app.testing.ChatWalk;
import org.evac.app.testing.EvacProcess;
import org.evac.app.testing.MovedSystemClock;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders that came due while evac was killed (kill -9: Quartz's memory is gone) go out
 * once after the restart: one check-in, not one per period missed; only the last nudge,
 * not both.
 */
class RemindersSurviveAKillTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final long FILER = 3201L;

	private static final long STOPPER = 3202L;

	private static final String[] SETTINGS = { "--evac.reminders.tick=500ms", "--evac.reminders.checkin-every=PT20S",
			"--evac.reminders.abandoned-after=PT6S", "--evac.reminders.abandoned-last-after=PT12S",
			"--evac.reminders.escalate-after-missed=0", "--evac.reminders.unclaimed-after=PT1H" };

	/**
	 * The same settings for the restart, which runs in the test's JVM (only the killed
	 * process needs one of its own), with the outbox's lease the process had.
	 */
	private static final String[] AFTER_THE_KILL = Stream
		.concat(Stream.of(SETTINGS), Stream.of("--evac.outbox.lease=3s"))
		.toArray(String[]::new);

	private final Messages messages = new Messages();

	@Test
	void aCheckInAndANudgeDueWhileEvacWasKilledGoOutOnceEachAfterTheRestart(@TempDir Path data) throws Exception {
		Path log = data.resolve("evac.log");
		try (FakeTelegramApi telegram = FakeTelegramApi.start()) {
			ChatWalk filer = new ChatWalk(telegram, FILER);
			ChatWalk stopper = new ChatWalk(telegram, STOPPER);
			EvacProcess first = EvacProcess.start(telegram, data.resolve("db"), log, SETTINGS);
			filer.toTheAddress("Краматорськ", "Kramatorsk");
			String number = filer.fromTheAddressToFiled("Street 1", "+380 50 765 43 21");
			Instant filed = Instant.now();
			stopper.toThePlace();
			// a reply Telegram accepted a moment ago may still be in the outbox, and
			// would
			// be sent again: the outbox's own window, not what this test is about
			Thread.sleep(1000);
			first.kill();
			int sentBefore = telegram.messagesTo(FILER).size() + telegram.messagesTo(STOPPER).size();

			// the check-in (20s after filing) and both nudges come due while evac is
			// down:
			// the restarted evac's clock reads 21s after the filing
			MovedSystemClock clock = new MovedSystemClock();
			clock.moveBy(Duration.between(Instant.now(), filed.plusSeconds(21)));
			try (RunningEvac second = RunningEvac.start(telegram, data.resolve("db"), clock, AFTER_THE_KILL)) {
				telegram.awaitMessageContaining(FILER, text("checkin.ask", number), WAIT);
				telegram.awaitMessageContaining(STOPPER, text("reminder.abandoned-last"), WAIT);
				await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> true);

				assertThat(count(telegram, FILER, text("checkin.ask", number))).isEqualTo(1);
				assertThat(count(telegram, STOPPER, text("reminder.abandoned-last"))).isEqualTo(1);
				assertThat(count(telegram, STOPPER, text("reminder.abandoned"))).isZero();
				assertThat(telegram.messagesTo(FILER).size() + telegram.messagesTo(STOPPER).size())
					.as("%s %s", telegram.messagesTo(FILER), telegram.messagesTo(STOPPER))
					.isEqualTo(sentBefore + 2);
			}
		}
	}

	private static long count(FakeTelegramApi telegram, long chat, String text) {
		return telegram.messagesTo(chat).stream().filter(m -> m.text().equals(text)).count();
	}

	private String text(String key, Object... args) {
		return this.messages.text(Language.EN, key, args);
	}

}
