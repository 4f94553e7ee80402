package org.evac.app;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident goes from /start to a filed request through the real application, in each
 * language, and a volunteer reads the request through the admin API.
 */
class ResidentFilesARequestTest {

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	static Stream<Arguments> languages() {
		return Stream.of(Arguments.of(Language.UK, 1001L, "Дніпропетровська"),
				Arguments.of(Language.EN, 1002L, "Dnipropetrovsk"),
				Arguments.of(Language.RU, 1003L, "Днепропетровская"));
	}

	@ParameterizedTest
	@MethodSource("languages")
	void filesARequestByTappingTheOfferedButtons(Language language, long chatId, String dnipro) {
		Resident resident = new Resident(telegram, chatId, language, evac);

		resident.says("/start");
		assertThat(resident.lastMessage().text())
			.isEqualTo(resident.text("notice", 30) + "\n\n" + resident.text("who.ask"));
		resident.tapsLabelOf("who.SELF");
		resident.sharesLocation(48.595, 38.000);
		assertThat(resident.lastMessage().text()).contains(language == Language.EN ? "Bakhmut" : "Бахмут");
		resident.says("вул. Миру, 5, кв. 2");
		resident.sharesContact("380501234567");
		resident.tapsLabelOf("second-phone.skip");
		resident.taps("3");
		resident.taps("2");
		resident.tapsLabelOf("need.ELDERLY");
		resident.tapsLabelOf("mobility.WALKS");
		resident.tapsLabelOf("danger.no");
		resident.tapsLabelOf("ready.NOW");
		resident.tapsLabelOf("destination.OTHER_OBLAST");
		resident.taps(dnipro);
		resident.tapsLabelOf("accommodation.need");
		resident.tapsLabelOf("answer.skip");
		assertThat(resident.lastMessage().text()).startsWith(resident.text("summary.title"));
		resident.tapsLabelOf("summary.confirm");

		String filed = resident.lastMessage().text();
		String number = filed.replaceAll("(?s).*(EV-\\d+).*", "$1");
		assertThat(filed).startsWith(resident.text("filed", number, "+380501234567"));

		JsonNode request = requestNumbered(number);
		assertThat(request.get("status").asText()).isEqualTo("NEW");
		assertThat(request.get("settlement").asText()).isEqualTo("Бахмут");
		assertThat(request.get("oblast").asText()).isEqualTo("Донецька область");
		assertThat(request.get("address").asText()).isEqualTo("вул. Миру, 5, кв. 2");
		assertThat(request.get("location").get("lat").asDouble()).isEqualTo(48.595);
		assertThat(request.get("phone").asText()).isEqualTo("+380501234567");
		assertThat(request.get("householdSize").asInt()).isEqualTo(3);
		assertThat(request.get("children").asInt()).isEqualTo(2);
		assertThat(request.get("needs")).extracting(JsonNode::asText).containsExactly("ELDERLY");
		assertThat(request.get("destination").get("kind").asText()).isEqualTo("OTHER_OBLAST");
		assertThat(request.get("destination").get("oblast").asText()).isEqualTo("Дніпропетровська область");
		assertThat(request.get("accommodationNeeded").asBoolean()).isTrue();
		assertThat(request.get("language").asText()).isEqualTo(language.code());
	}

	@Test
	void aRedeliveredUpdateHasOneEffect() {
		Resident resident = new Resident(telegram, 1010L, Language.UK, evac);
		resident.says("/start");
		int tap = resident.tapsLabelOf("who.SELF");
		int before = telegram.messagesTo(1010L).size();

		telegram.redeliver(tap);
		resident.handled(tap);
		resident.says("/status");

		// only the answer to /status came after the redelivery
		assertThat(telegram.messagesTo(1010L)).hasSize(before + 2);
	}

	@Test
	void twoQuickConfirmsFileOneRequest() {
		Resident resident = new Resident(telegram, 1020L, Language.EN, evac);
		fillInUpToTheSummary(resident);
		String confirm = telegram.lastMessageTo(1020L).buttonData(resident.text("summary.confirm"));

		int first = telegram.pressButton(1020L, confirm);
		int second = telegram.pressButton(1020L, confirm);
		resident.handled(first);
		resident.handled(second);

		long filed = evac.mongo()
			.count(Query.query(Criteria.where("chatId").is(1020L)), org.evac.domain.request.EvacuationRequest.class);
		assertThat(filed).isEqualTo(1);
	}

	@Test
	void badInputGetsAKindAnswerAndTheSameQuestionAgain() {
		Resident resident = new Resident(telegram, 1030L, Language.UK, evac);
		resident.says("/start");
		resident.tapsLabelOf("who.SELF");
		resident.says("Краматорськ");
		resident.sendsSticker();
		assertThat(resident.lastMessage().text()).startsWith(resident.text("invalid.unsupported"))
			.contains(resident.text("address.ask", "Краматорськ"));
		resident.says("x".repeat(4000));
		assertThat(resident.lastMessage().text()).startsWith(resident.text("invalid.too-long", 300));
		resident.says("{\"$where\": \"sleep(1000)\"}");
		assertThat(resident.lastMessage().text()).startsWith(resident.text("phone.ask").substring(0, 20));
		resident.says("/nonsense");
		assertThat(resident.lastMessage().text()).startsWith(resident.text("command.unknown"));
	}

	@Test
	void aGroupChatIsToldToWriteInPrivateAndNothingIsStored() {
		int update = telegram.sendGroupText(-5001L, 1040L, "/start");
		telegram.awaitConfirmed(update, java.time.Duration.ofSeconds(10));
		telegram.awaitMessageContaining(-5001L, "", java.time.Duration.ofSeconds(10));

		assertThat(telegram.messagesTo(-5001L)).hasSize(1);
		assertThat(evac.mongo().getCollection("conversations").countDocuments(new org.bson.Document("_id", -5001L)))
			.isZero();
	}

	@Test
	void theRequestsNeedALogin() {
		assertThat(evac.get("/api/requests", null, null).status()).isEqualTo(401);
		assertThat(evac.get("/api/requests", "admin", "wrong").status()).isEqualTo(401);
		assertThat(evac.get("/actuator/health", null, null).status()).isEqualTo(200);
	}

	static void fillInUpToTheSummary(Resident resident) {
		resident.says("/start");
		resident.tapsLabelOf("who.SELF");
		resident.says("Краматорськ");
		resident.says("вул. Центральна, 1");
		resident.says("050 123 45 67");
		resident.tapsLabelOf("second-phone.skip");
		resident.taps("1");
		resident.tapsLabelOf("mobility.WALKS");
		resident.tapsLabelOf("danger.no");
		resident.tapsLabelOf("ready.NOW");
		resident.tapsLabelOf("destination.UNDECIDED");
		resident.tapsLabelOf("answer.skip");
	}

	static JsonNode requestNumbered(String number) {
		JsonNode page = evac.get("/api/requests?size=200").body();
		for (JsonNode item : page.get("content")) {
			if (item.get("number").asText().equals(number)) {
				return evac.get("/api/requests/" + item.get("id").asText()).body();
			}
		}
		throw new AssertionError("No request " + number + " in " + page);
	}

}
