package org.evac.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.evac.app.testing.EvacProcess;
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

	private final Messages messages = new Messages();

	@Test
	void aCheckInAndANudgeDueWhileEvacWasKilledGoOutOnceEachAfterTheRestart(@TempDir Path data) throws Exception {
		Path log = data.resolve("evac.log");
		try (FakeTelegramApi telegram = FakeTelegramApi.start()) {
			telegram.languageOf(FILER, "en");
			telegram.languageOf(STOPPER, "en");
			EvacProcess first = EvacProcess.start(telegram, data.resolve("db"), log, SETTINGS);
			step(telegram, FILER, telegram.sendText(FILER, "/start"), "notice");
			step(telegram, FILER, telegram.pressButtonLabeled(FILER, text("who.SELF")), "settlement.ask");
			step(telegram, FILER, telegram.sendText(FILER, "Краматорськ"), "address.ask", "Kramatorsk");
			step(telegram, FILER, telegram.sendText(FILER, "Street 1"), "phone.ask");
			step(telegram, FILER, telegram.sendText(FILER, "+380 50 765 43 21"), "second-phone.ask");
			step(telegram, FILER, telegram.pressButtonLabeled(FILER, text("second-phone.skip")), "household.ask");
			step(telegram, FILER, telegram.pressButtonLabeled(FILER, "1"), "needs.ask");
			step(telegram, FILER, telegram.pressButtonLabeled(FILER, text("mobility.WALKS")), "danger.ask");
			step(telegram, FILER, telegram.pressButtonLabeled(FILER, text("danger.no")), "ready.ask");
			step(telegram, FILER, telegram.pressButtonLabeled(FILER, text("ready.NOW")), "destination.ask");
			step(telegram, FILER, telegram.pressButtonLabeled(FILER, "Not sure"), "crew-note.ask");
			step(telegram, FILER, telegram.pressButtonLabeled(FILER, text("answer.skip")), "summary.title");
			step(telegram, FILER, telegram.pressButtonLabeled(FILER, "Send request"), "filed.commands");
			Instant filed = Instant.now();
			step(telegram, STOPPER, telegram.sendText(STOPPER, "/start"), "notice");
			step(telegram, STOPPER, telegram.pressButtonLabeled(STOPPER, text("who.SELF")), "settlement.ask");
			// a reply Telegram accepted a moment ago may still be in the outbox, and
			// would be
			// sent again: the outbox's own window, not what this test is about
			Thread.sleep(1000);
			first.kill();
			int sentBefore = telegram.messagesTo(FILER).size() + telegram.messagesTo(STOPPER).size();

			// the check-in (20s after filing) and both nudges come due while evac is down
			Thread.sleep(Math.max(0, Duration.between(Instant.now(), filed.plusSeconds(21)).toMillis()));
			EvacProcess second = EvacProcess.start(telegram, data.resolve("db"), log, SETTINGS);
			try {
				String number = telegram.lastMessageTo(FILER).text().replaceAll("(?s).*(EV-\\d+).*", "$1");
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
			finally {
				second.kill();
			}
		}
	}

	private static long count(FakeTelegramApi telegram, long chat, String text) {
		return telegram.messagesTo(chat).stream().filter(m -> m.text().equals(text)).count();
	}

	private void step(FakeTelegramApi telegram, long chat, int update, String expectedKey, Object... args) {
		telegram.awaitConfirmed(update, WAIT);
		String expected = text(expectedKey, args);
		telegram.awaitMessageContaining(chat, expected.length() > 25 ? expected.substring(0, 25) : expected, WAIT);
	}

	private String text(String key, Object... args) {
		return this.messages.text(Language.EN, key, args);
	}

}
