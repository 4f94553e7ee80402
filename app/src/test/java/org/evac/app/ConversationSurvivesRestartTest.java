package org.evac.app;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.ChatWalk;
import org.evac.app.testing.EvacProcess;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.Fault;
import org.evac.telegramfake.FaultRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A half-finished conversation is where the resident left it after a restart, even kill
 * -9.
 */
class ConversationSurvivesRestartTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final Messages messages = new Messages();

	@Test
	void answersGivenBeforeAStopAreInTheRequestFiledAfterIt(@TempDir Path data) {
		try (FakeTelegramApi telegram = FakeTelegramApi.start()) {
			Resident resident;
			try (RunningEvac before = RunningEvac.start(telegram, data)) {
				resident = new Resident(telegram, 2001L, Language.UK, before);
				resident.says("/start");
				resident.tapsLabelOf("who.SELF");
				resident.says("Краматорськ");
				resident.says("вул. Незламна, 7");
				resident.sharesContact("0671234567");
			}
			try (RunningEvac after = RunningEvac.start(telegram, data)) {
				resident.nowTalksTo(after);
				resident.tapsLabelOf("second-phone.skip");
				assertThat(resident.lastMessage().text()).isEqualTo(resident.text("household.ask"));
				resident.taps("2");
				resident.taps("0");
				resident.tapsLabelOf("mobility.WALKS");
				resident.tapsLabelOf("danger.no");
				resident.tapsLabelOf("ready.NOW");
				resident.tapsLabelOf("destination.UNDECIDED");
				resident.tapsLabelOf("answer.skip");
				resident.tapsLabelOf("summary.confirm");

				EvacuationRequest request = after.mongo().findAll(EvacuationRequest.class).get(0);
				assertThat(request.details().settlement().name()).isEqualTo("Краматорськ");
				assertThat(request.details().address()).isEqualTo("вул. Незламна, 7");
				assertThat(request.details().phone()).isEqualTo("+380671234567");
				assertThat(request.details().householdSize()).isEqualTo(2);
			}
		}
	}

	@Test
	void aKilledProcessLosesNoAnswerAndAppliesNoUpdateTwice(@TempDir Path data) throws Exception {
		long chat = 2002L;
		Path log = data.resolve("evac.log");
		try (FakeTelegramApi telegram = FakeTelegramApi.start()) {
			ChatWalk resident = new ChatWalk(telegram, chat);
			EvacProcess first = EvacProcess.start(telegram, data.resolve("db"), log);
			try {
				resident.toTheAddress("Краматорськ", "Kramatorsk");
				// Telegram is in trouble: the next reply stays queued in the outbox
				telegram.setFault(FaultRule.forChat(chat, "sendMessage", Fault.serverError(502)));
				int address = telegram.sendText(chat, "Street 1");
				telegram.awaitConfirmed(address, WAIT);
				await().atMost(WAIT).until(() -> telegram.callsOf("sendMessage") > sentBefore(telegram, chat));
			}
			finally {
				first.kill();
			}
			telegram.clearFault();

			// the restart runs in the test's JVM (only the killed process needs one of
			// its
			// own), with the outbox's lease the process had
			try (RunningEvac second = RunningEvac.start(telegram, data.resolve("db"), "evac.outbox.lease=3s")) {
				telegram.awaitMessageContaining(chat, text("phone.ask").substring(0, 30), WAIT);
				resident.fromThePhoneToFiled("+380 50 765 43 21");

				RunningEvac.Response list = second.get("/api/requests");
				assertThat(list.body().get("totalElements").asInt()).isEqualTo(1);
				JsonNode request = second.get("/api/requests/" + list.body().get("content").get(0).get("id").asText())
					.body();
				assertThat(request.get("address").asText()).isEqualTo("Street 1");
				assertThat(request.get("phone").asText()).isEqualTo("+380507654321");
				assertThat(telegram.messagesTo(chat).stream().filter(m -> m.text().startsWith(text("phone.ask"))))
					.as("the queued phone question goes out once, after the restart")
					.hasSize(1);
			}
		}
	}

	/** Messages Telegram has accepted for the chat so far. */
	private static int sentBefore(FakeTelegramApi telegram, long chat) {
		return telegram.messagesTo(chat).size();
	}

	private String text(String key, Object... args) {
		return this.messages.text(Language.EN, key, args);
	}

}
