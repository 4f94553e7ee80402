package org.evac.app;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.evac.app.testing.MovedSystemClock;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.outbox.Outbox;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The buttons of a check-in change the request, through the real application; once the
 * request is closed or the resident erased their data, nothing more is sent.
 */
class CheckInAnswersTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	/**
	 * Between check-ins, and from "not now" to the next question. It passes on evac's
	 * clock, moved by the test, not in real time.
	 */
	private static final Duration PERIOD = Duration.ofHours(1);

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static final MovedSystemClock clock = new MovedSystemClock();

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, null, clock, "evac.reminders.tick=200ms",
				"evac.reminders.checkin-every=PT1H", "evac.reminders.deferred-after=PT1H",
				"evac.reminders.escalate-after-missed=0", "evac.reminders.unclaimed-after=P30D");
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	/** Files a request and waits for its first check-in. */
	private static SentMessage filedAndCheckedOn(Resident resident) {
		ResidentFilesARequestTest.fillInUpToTheSummary(resident);
		resident.tapsLabelOf("summary.confirm");
		String number = resident.lastMessage().text().replaceAll("(?s).*(EV-\\d+).*", "$1");
		periodsPass(1);
		return telegram.awaitMessageContaining(resident.chatId(), resident.text("checkin.ask", number), WAIT);
	}

	/**
	 * Moves evac's clock on by {@code periods}, once nothing is on its way to Telegram (a
	 * message in flight would outlive its lease in the jump, and go out twice).
	 */
	private static void periodsPass(int periods) {
		everythingDueIsSent();
		clock.moveBy(PERIOD.multipliedBy(periods));
	}

	/** The outbox holds nothing more to send. */
	private static void everythingDueIsSent() {
		await().atMost(WAIT).until(() -> evac.bean(Outbox.class).pending() == 0);
	}

	/**
	 * Two periods pass on evac's clock and nothing more reaches the resident: two whole
	 * ticks of the follow-ups ran after the move, and whatever they found due was sent.
	 */
	private static void nothingMoreIsSentTo(long chat) {
		int before = telegram.messagesTo(chat).size();
		Timer ticks = evac.bean(MeterRegistry.class).get("evac.reminders.tick").timer();
		periodsPass(2);
		long moved = ticks.count();
		await().atMost(WAIT).until(() -> ticks.count() >= moved + 2);
		everythingDueIsSent();
		assertThat(telegram.messagesTo(chat)).hasSize(before);
	}

	private static String numberIn(SentMessage checkIn) {
		return checkIn.text().replaceAll("(?s).*(EV-\\d+).*", "$1");
	}

	/** Taps a button of that very message, whatever came after it. */
	private static void tap(Resident resident, SentMessage message, String labelKey) {
		String label = resident.text(labelKey);
		resident.handled(telegram.pressButton(resident.chatId(), message.messageId(),
				message.buttonData(label.length() > 12 ? label.substring(0, 12) : label)));
	}

	private static EvacuationRequest request(String number) {
		return evac.bean(Requests.class).byNumber(number).orElseThrow();
	}

	@Test
	void alreadyLeftClosesTheRequestAndTheCheckInsStop() {
		Resident resident = new Resident(telegram, 3101L, Language.EN, evac);
		SentMessage checkIn = filedAndCheckedOn(resident);

		tap(resident, checkIn, "checkin.left");

		assertThat(resident.lastMessage().text()).isEqualTo(resident.text("checkin.left-done", numberIn(checkIn)));
		assertThat(request(numberIn(checkIn)).status()).isEqualTo(RequestStatus.SELF_EVACUATED);
		nothingMoreIsSentTo(3101L);
	}

	@Test
	void notNowPostponesTheRequestWhichIsAskedAgainAndComesBackWhenStillNeeded() {
		Resident resident = new Resident(telegram, 3102L, Language.UK, evac);
		SentMessage checkIn = filedAndCheckedOn(resident);
		String number = numberIn(checkIn);

		tap(resident, checkIn, "checkin.not-now");
		assertThat(request(number).status()).isEqualTo(RequestStatus.DEFERRED);
		periodsPass(1);
		SentMessage again = telegram.awaitMessageContaining(3102L, resident.text("checkin.ask-deferred", number), WAIT);
		tap(resident, again, "checkin.still-need");

		assertThat(resident.lastMessage().text()).isEqualTo(resident.text("checkin.noted", number));
		assertThat(request(number).status()).isEqualTo(RequestStatus.NEW);
	}

	@Test
	void cancelWithdrawsTheRequestAfterOneMoreQuestion() {
		Resident resident = new Resident(telegram, 3103L, Language.RU, evac);
		SentMessage checkIn = filedAndCheckedOn(resident);
		String number = numberIn(checkIn);

		tap(resident, checkIn, "checkin.cancel");
		SentMessage confirm = telegram.awaitMessageContaining(3103L, resident.text("cancel.confirm", number), WAIT);
		resident.handled(telegram.pressButton(3103L, confirm.messageId(), "cancel|" + number));

		assertThat(resident.lastMessage().text()).isEqualTo(resident.text("cancel.done", number));
		assertThat(request(number).status()).isEqualTo(RequestStatus.CANCELLED);
		nothingMoreIsSentTo(3103L);
	}

	@Test
	void changeOpensTheSummaryAndConfirmingItUpdatesThatSameRequest() {
		Resident resident = new Resident(telegram, 3104L, Language.EN, evac);
		SentMessage checkIn = filedAndCheckedOn(resident);
		String number = numberIn(checkIn);

		tap(resident, checkIn, "checkin.change");
		SentMessage summary = telegram.awaitMessageContaining(3104L, resident.text("checkin.change-intro", number),
				WAIT);
		tap(resident, summary, "summary.edit.address");
		telegram.awaitMessageContaining(3104L, "street, house and flat number", WAIT);
		resident.says("12 Peace street");
		SentMessage changed = telegram.awaitMessageContaining(3104L, "12 Peace street", WAIT);
		tap(resident, changed, "summary.confirm");

		telegram.awaitMessageContaining(3104L, resident.text("amend.done", number), WAIT);
		EvacuationRequest request = request(number);
		assertThat(request.details().address()).isEqualTo("12 Peace street");
		assertThat(request.details().phone()).isEqualTo("+380501234567");
		assertThat(request.status()).isEqualTo(RequestStatus.NEW);
		assertThat(evac.bean(Requests.class).ofChat(3104L)).hasSize(1);
	}

	@Test
	void nothingIsSentAfterTheResidentErasedTheirData() {
		Resident resident = new Resident(telegram, 3105L, Language.UK, evac);
		filedAndCheckedOn(resident);

		resident.says("/delete");
		resident.tapsLabelOf("delete.yes");
		assertThat(resident.lastMessage().text()).isEqualTo(resident.text("delete.done"));

		nothingMoreIsSentTo(3105L);
	}

}
