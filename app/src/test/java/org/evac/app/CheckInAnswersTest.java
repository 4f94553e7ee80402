package org.evac.app;

import java.time.Duration;

import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buttons of a check-in change the request, through the real application; once the
 * request is closed or the resident erased their data, nothing more is sent.
 */
class CheckInAnswersTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Duration PERIOD = Duration.ofSeconds(3);

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "evac.reminders.tick=500ms", "evac.reminders.checkin-every=PT3S",
				"evac.reminders.deferred-after=PT3S", "evac.reminders.escalate-after-missed=0",
				"evac.reminders.unclaimed-after=PT1H");
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
		return telegram.awaitMessageContaining(resident.chatId(), resident.text("checkin.ask", number), WAIT);
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
		telegram.assertNoMessagesTo(3101L, PERIOD.multipliedBy(2));
	}

	@Test
	void notNowPostponesTheRequestWhichIsAskedAgainAndComesBackWhenStillNeeded() {
		Resident resident = new Resident(telegram, 3102L, Language.UK, evac);
		SentMessage checkIn = filedAndCheckedOn(resident);
		String number = numberIn(checkIn);

		tap(resident, checkIn, "checkin.not-now");
		assertThat(request(number).status()).isEqualTo(RequestStatus.DEFERRED);
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
		telegram.assertNoMessagesTo(3103L, PERIOD.multipliedBy(2));
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

		telegram.assertNoMessagesTo(3105L, PERIOD.multipliedBy(2));
	}

}
