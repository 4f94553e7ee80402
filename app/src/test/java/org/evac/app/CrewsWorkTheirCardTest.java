package org.evac.app;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evac.app.testing.Filing;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Requests;
import org.evac.domain.request.RequestsFixtures;
import org.evac.telegramfake.AnsweredCallback;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crew member on the road works a request from the private card the bot sent them when
 * they tapped «Беру»: its buttons move it on the page's way (the same rules, the audit
 * record, the resident told once in their language), and only the claimer or a
 * coordinator may; anyone else, an unlinked or disabled account, a stale or forged button
 * gets a kind answer and changes nothing. A reply to the card reaches the resident, and
 * the resident's answer comes back to the claimer; all of it lands in the request's
 * thread, and nothing personal in the group.
 */
class CrewsWorkTheirCardTest {

	static final long GROUP = -1007800000000L;

	static final Duration WAIT = Duration.ofSeconds(20);

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	static long nextChat = 7800001;

	static final ObjectMapper JSON = new ObjectMapper();

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "evac.volunteer-chat.chat-id=" + GROUP, "evac.claims.max-per-volunteer=2");
		admin = Volunteer.admin(evac);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	@Test
	void theCardsButtonsMoveTheRequestOnAndTheResidentIsToldOnceInTheirLanguage() throws InterruptedException {
		long ivan = link(admin.createVolunteer("ivan", "VOLUNTEER"));
		long resident = nextChat++;
		EvacuationRequest request = file(resident, Language.RU);
		SentMessage card = take(ivan, request);
		assertThat(card.buttons()).hasSize(5);

		assertThat(press(ivan, card, "cw:go:" + request.number()))
			.isEqualTo(text("crew.moved", request.number(), text("status.IN_PROGRESS")));
		assertThat(status(request)).isEqualTo("IN_PROGRESS");
		String told = ru("notice.status.IN_PROGRESS", request.number());
		telegram.awaitMessageContaining(resident, told, WAIT);

		assertThat(press(ivan, card, "cw:go:" + request.number()))
			.isEqualTo(text("crew.stale", request.number(), text("status.IN_PROGRESS")));

		assertThat(press(ivan, card, "cw:sch:" + request.number())).isNull();
		SentMessage asked = telegram.awaitMessageContaining(ivan, text("crew.schedule.ask", request.number()), WAIT);
		assertThat(asked.buttons()).hasSize(2);
		telegram.sendText(ivan, "25.12 09:30 біля школи");
		telegram.awaitMessageContaining(ivan, text("crew.scheduled", request.number(), "25.12 09:30", "біля школи"),
				WAIT);
		assertThat(status(request)).isEqualTo("SCHEDULED");
		assertThat(admin.get("/api/requests/" + request.id()).json().get("pickup").get("place").asText())
			.isEqualTo("біля школи");
		telegram.awaitMessageContaining(resident, ru("notice.pickup.place", "біля школи"), WAIT);

		assertThat(press(ivan, card, "cw:done:" + request.number()))
			.isEqualTo(text("crew.moved", request.number(), text("status.EVACUATED")));
		telegram.awaitMessageContaining(resident, ru("notice.status.EVACUATED", request.number()), WAIT);
		assertThat(telegram.messagesTo(resident)).filteredOn(m -> m.text().contains(told)).hasSize(1);
		assertThat(admin.get("/api/audit?account=ivan").body()).contains("CHANGE_STATUS", "from Telegram");
	}

	@Test
	void onlyTheClaimerOrACoordinatorActsAndOthersAreRefusedKindly() throws InterruptedException {
		long lesia = link(admin.createVolunteer("lesia", "VOLUNTEER"));
		Volunteer petroOnThePage = admin.createVolunteer("petro", "VOLUNTEER");
		long petro = link(petroOnThePage);
		long olha = link(admin.createVolunteer("olha", "COORDINATOR"));
		long stranger = nextChat++;
		EvacuationRequest request = file(nextChat++, Language.UK);
		SentMessage card = take(lesia, request);

		assertThat(forge(petro, "cw:unr:" + request.number()))
			.isEqualTo(text("crew.not-yours", request.number(), "lesia"));
		assertThat(forge(stranger, "cw:unr:" + request.number())).isEqualTo(text("crew.not-linked"));
		assertThat(forge(lesia, "cw:zz:" + request.number())).isEqualTo(text("crew.unknown-button"));
		assertThat(forge(lesia, "cw:go:EV-99999999")).isEqualTo(text("crew.gone"));
		assertThat(forge(lesia, "cw:at:" + request.number() + ":soon")).isEqualTo(text("crew.unknown-button"));
		assertThat(status(request)).isEqualTo("NEW");

		assertThat(forge(olha, "cw:unr:" + request.number()))
			.isEqualTo(text("crew.moved", request.number(), text("status.UNREACHABLE")));
		assertThat(status(request)).isEqualTo("UNREACHABLE");

		EvacuationRequest second = file(nextChat++, Language.UK);
		take(petro, second);
		assertThat(admin.delete("/api/volunteers/petro").status()).isEqualTo(204);
		assertThat(forge(petro, "cw:rel:" + second.number())).isEqualTo(text("crew.not-linked"));
		assertThat(admin.get("/api/requests/" + second.id()).json().get("claimedBy").asText()).isEqualTo("petro");
		assertThat(forge(olha, "cw:rel:" + second.number())).isEqualTo(text("crew.released", second.number()));
		assertThat(admin.get("/api/requests/" + second.id()).json().get("claimedBy").isNull()).isTrue();
		assertThat(card.text()).contains(request.number());
	}

	@Test
	void aReplyToTheCardReachesTheResidentAndTheirAnswerComesBackToTheClaimer() throws InterruptedException {
		long yurii = link(admin.createVolunteer("yurii", "VOLUNTEER"));
		Resident resident = new Resident(telegram, nextChat++, Language.EN, evac);
		String number = Filing.files(resident, "Краматорськ", "вул. Садова, 7", "050 100 00 77");
		EvacuationRequest request = evac.bean(Requests.class).byNumber(number).orElseThrow();
		SentMessage card = take(yurii, request);
		assertThat(card.text()).contains(text("crew.card.hint"));

		replyTo(yurii, card, "We come at 15:00, be ready");
		telegram.awaitMessageContaining(yurii, text("crew.sent", number), WAIT);
		telegram.awaitMessageContaining(resident.chatId(),
				resident.text("notice.message", number, "We come at 15:00, be ready"), WAIT);

		resident.says("Thank you, we are two with a cat");
		SentMessage passedOn = telegram.awaitMessageContaining(yurii, "Thank you, we are two with a cat", WAIT);
		assertThat(passedOn.text()).isEqualTo(text("crew.from-resident", number, "Thank you, we are two with a cat"));

		replyTo(yurii, passedOn, "Cats are welcome");
		telegram.awaitMessageContaining(resident.chatId(), resident.text("notice.message", number, "Cats are welcome"),
				WAIT);
		JsonNode detail = admin.get("/api/requests/" + request.id()).json();
		assertThat(detail.get("thread")).extracting(m -> m.get("from").asText() + ":" + m.get("text").asText())
			.containsExactly("VOLUNTEER:We come at 15:00, be ready", "RESIDENT:Thank you, we are two with a cat",
					"VOLUNTEER:Cats are welcome");
		String audit = admin.get("/api/audit?account=yurii").body();
		assertThat(audit).contains("SEND_MESSAGE", "passed to the claimer");
		assertThat(telegram.messagesTo(GROUP)).noneMatch(m -> m.text().contains("Садова") || m.text().contains("050")
				|| m.text().contains("cat") || m.text().contains("15:00"));
	}

	@Test
	void aTapOnBeruKeepsToTheSameClaimLimitsAsThePage() throws InterruptedException {
		long ania = link(admin.createVolunteer("ania", "VOLUNTEER"));
		take(ania, file(nextChat++, Language.UK));
		take(ania, file(nextChat++, Language.UK));
		EvacuationRequest third = file(nextChat++, Language.UK);
		SentMessage announced = telegram.awaitMessageContaining(GROUP, third.number(), WAIT);
		int before = answersIn(GROUP).size();

		telegram.pressGroupButton(GROUP, ania, announced.messageId(), "take:" + third.number());

		assertThat(awaitAnswer(GROUP, before)).isEqualTo(text("crew.holds-too-many"));
		assertThat(admin.get("/api/requests/" + third.id()).json().get("claimedBy").isNull()).isTrue();
	}

	/** The volunteer answers a message of the bot with Telegram's reply. */
	static void replyTo(long volunteer, SentMessage botMessage, String text) {
		ObjectNode bot = JSON.createObjectNode().put("id", 1).put("is_bot", true).put("first_name", "evac");
		ObjectNode chat = JSON.createObjectNode().put("id", volunteer).put("type", "private");
		ObjectNode replied = JSON.createObjectNode()
			.put("message_id", botMessage.messageId())
			.put("date", Instant.now().getEpochSecond())
			.put("text", botMessage.text());
		replied.set("from", bot);
		replied.set("chat", chat);
		ObjectNode message = JSON.createObjectNode()
			.put("message_id", 900000 + (int) (nextChat++ % 100000))
			.put("date", Instant.now().getEpochSecond())
			.put("text", text);
		message.set("from",
				JSON.createObjectNode()
					.put("id", volunteer)
					.put("is_bot", false)
					.put("first_name", "Volunteer")
					.put("language_code", "uk"));
		message.set("chat", chat);
		message.set("reply_to_message", replied);
		telegram.addRawUpdate(JSON.createObjectNode().set("message", message).toString());
	}

	static EvacuationRequest file(long resident, Language language) {
		return evac.bean(Requests.class).file(resident, "card-" + resident, language, RequestsFixtures.family());
	}

	/** Taps «Беру» under the group's announcement; returns the private card. */
	static SentMessage take(long volunteer, EvacuationRequest request) throws InterruptedException {
		SentMessage announced = telegram.awaitMessageContaining(GROUP, request.number(), WAIT);
		int before = answersIn(GROUP).size();
		telegram.pressGroupButton(GROUP, volunteer, announced.messageId(), "take:" + request.number());
		assertThat(awaitAnswer(GROUP, before)).isEqualTo(text("crew.yours", request.number()));
		return telegram.awaitMessageContaining(volunteer, request.number(), WAIT);
	}

	static long link(Volunteer volunteer) {
		long telegramUser = nextChat++;
		String code = volunteer.post("/api/me/telegram/code").json().get("code").asText();
		telegram.sendText(telegramUser, code);
		telegram.awaitMessageContaining(telegramUser, text("crew.linked", volunteer.username()), WAIT);
		return telegramUser;
	}

	/** Taps a button of the card; returns the tap's answer. */
	static String press(long chat, SentMessage card, String data) throws InterruptedException {
		int before = answersIn(chat).size();
		telegram.pressButton(chat, card.messageId(), data);
		return awaitAnswer(chat, before);
	}

	/** A tap on data the bot never sent to this chat. */
	static String forge(long chat, String data) throws InterruptedException {
		int before = answersIn(chat).size();
		telegram.pressButton(chat, data);
		return awaitAnswer(chat, before);
	}

	static String awaitAnswer(long chat, int before) throws InterruptedException {
		Instant deadline = Instant.now().plus(WAIT);
		while (answersIn(chat).size() <= before && Instant.now().isBefore(deadline)) {
			Thread.sleep(50); // polling for the condition, not timing it
		}
		assertThat(answersIn(chat)).hasSizeGreaterThan(before);
		return answersIn(chat).get(before).text();
	}

	static List<AnsweredCallback> answersIn(long chat) {
		return telegram.answeredCallbacks().stream().filter(a -> a.chatId() == chat).toList();
	}

	static String status(EvacuationRequest request) {
		return admin.get("/api/requests/" + request.id()).json().get("status").asText();
	}

	static String text(String key, Object... args) {
		return evac.bean(Messages.class).text(Language.UK, key, args);
	}

	static String ru(String key, Object... args) {
		return evac.bean(Messages.class).text(Language.RU, key, args);
	}

}
