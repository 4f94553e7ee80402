package org.evac.app;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.Requests;
import org.evac.telegramfake.Button;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.SentMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole follow-up cycle through the real application and the Bot API stand-in, with
 * every duration in seconds: a resident abandons the questions, is nudged, resumes from
 * the button, files, is checked on, answers, goes silent and is escalated to the
 * volunteers' chat; then a volunteer schedules the pickup and the resident is reminded of
 * it.
 */
class FollowUpCycleTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final long CHAT = 3001L;

	private static final long VOLUNTEERS = -100500L;

	@Test
	void nudgeResumeFileCheckInAnswerEscalateScheduleAndRemindOfThePickup() {
		try (FakeTelegramApi telegram = FakeTelegramApi.start();
				RunningEvac evac = RunningEvac.start(telegram, "evac.reminders.tick=500ms",
						"evac.reminders.abandoned-after=PT2S", "evac.reminders.abandoned-last-after=PT1H",
						"evac.reminders.checkin-every=PT3S", "evac.reminders.escalate-after-missed=2",
						"evac.reminders.unclaimed-after=PT1H", "evac.reminders.before-pickup=PT5S",
						"evac.volunteer-chat.chat-id=" + VOLUNTEERS)) {
			Resident resident = new Resident(telegram, CHAT, Language.UK, evac);

			// abandon, nudge, resume
			resident.says("/start");
			resident.tapsLabelOf("who.SELF");
			resident.says("Краматорськ");
			SentMessage nudge = telegram.awaitMessageContaining(CHAT, resident.text("reminder.abandoned"), WAIT);
			assertThat(nudge.buttons()).extracting(Button::text).containsExactly(resident.text("reminder.continue"));
			resident.tapsLabelOf("reminder.continue");
			assertThat(resident.lastMessage().text()).startsWith(resident.text("start.resume"))
				.contains(resident.text("address.ask", "Краматорськ"));

			// file
			resident.says("вул. Незламна, 7");
			resident.says("050 123 45 67");
			resident.tapsLabelOf("second-phone.skip");
			resident.taps("1");
			resident.tapsLabelOf("mobility.WALKS");
			resident.tapsLabelOf("danger.no");
			resident.tapsLabelOf("ready.NOW");
			resident.tapsLabelOf("destination.UNDECIDED");
			resident.tapsLabelOf("answer.skip");
			resident.tapsLabelOf("summary.confirm");
			String number = resident.lastMessage().text().replaceAll("(?s).*(EV-\\d+).*", "$1");

			// check in, answer
			String checkIn = resident.text("checkin.ask", number);
			telegram.awaitMessageContaining(CHAT, checkIn, WAIT);
			resident.tapsLabelOf("checkin.still-need");
			assertThat(resident.lastMessage().text()).isEqualTo(resident.text("checkin.noted", number));

			// silence, escalation
			SentMessage notice = telegram.awaitMessageContaining(VOLUNTEERS, "⚠️ Заявка " + number, WAIT);
			assertThat(notice.text()).contains("Краматорськ")
				.doesNotContain("Незламна")
				.doesNotContain("050")
				.doesNotContain("380");
			assertThat(checkIns(telegram, checkIn)).isGreaterThanOrEqualTo(4);
			Requests requests = evac.bean(Requests.class);
			EvacuationRequest request = requests.byNumber(number).orElseThrow();
			JsonNode view = evac.get("/api/requests/" + request.id()).body();
			assertThat(view.get("needsAttention").asBoolean()).isTrue();

			// schedule, pickup reminder
			Instant pickupAt = Instant.now().plusSeconds(8);
			requests.change(request.id(),
					r -> r.schedulePickup(new Pickup(pickupAt, "Школа №3, вул. Миру, 10"), "volunteer", Instant.now()));
			SentMessage pickup = telegram.awaitMessageContaining(CHAT, "Школа №3", WAIT);
			assertThat(pickup.text()).startsWith("🚐").contains("• Теплий одяг");
			long asked = checkIns(telegram, checkIn);
			await().during(Duration.ofSeconds(4))
				.atMost(Duration.ofSeconds(5))
				.until(() -> checkIns(telegram, checkIn) == asked);
			assertThat(telegram.messagesTo(CHAT).stream().filter(m -> m.text().contains("Школа №3"))).hasSize(1);
			assertThat(telegram.messagesTo(VOLUNTEERS)).as("the new request announced, its silence reported: once each")
				.extracting(m -> m.text().substring(0, 2))
				.containsExactlyInAnyOrder("🆕", "⚠️");
		}
	}

	private static long checkIns(FakeTelegramApi telegram, String checkIn) {
		return telegram.messagesTo(CHAT).stream().filter(m -> m.text().equals(checkIn)).count();
	}

}
