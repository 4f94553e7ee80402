package org.evac.app;

import java.util.List;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.Filing;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's "done when", through the whole application and the Telegram stand-in: a
 * daughter abroad files for her bedridden mother on the third floor of a building without
 * a lift, in a village under fire, with the mother's neighbour's number, in a dozen or so
 * answers, one message back for each; the request holds all of it and is first in the
 * volunteers' queue.
 */
class ADaughterFilesForHerMotherTest {

	static final long DAUGHTER = 14_001L;

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

	@Test
	void filesForHerBedriddenMotherInThirteenAnswersAndTheRequestLeadsTheQueue() {
		// someone else asked first, with nothing urgent
		Filing.files(new Resident(telegram, 14_000L, Language.UK, evac), "Краматорськ", "вул. Шкільна, 1",
				"050 100 00 01");
		Resident daughter = new Resident(telegram, DAUGHTER, Language.UK, evac);
		daughter.says("/start");
		int messagesBefore = telegram.messagesTo(DAUGHTER).size();

		List<IntSupplier> answers = List.of(() -> daughter.tapsLabelOf("who.SOMEONE_ELSE"),
				() -> daughter.says("Ганна Петрівна"), () -> daughter.says("Миколайпілля"),
				() -> daughter.says("вул. Садова, 3, кв. 9"), () -> daughter.says("050 765 43 21"),
				() -> daughter.says("+48 601 234 567"), () -> daughter.taps("1"),
				() -> daughter.tapsLabelOf("mobility.STRETCHER"),
				() -> daughter.taps(daughter.text("floor.no-lift", 3)), () -> daughter.tapsLabelOf("danger.yes"),
				() -> daughter.tapsLabelOf("destination.UNDECIDED"),
				() -> daughter.says("Номер сусідки Олени, мама погано чує"),
				() -> daughter.tapsLabelOf("summary.confirm"));
		answers.forEach(IntSupplier::getAsInt);

		String filed = daughter.lastMessage().text();
		assertThat(filed).contains("EV-").contains("+380507654321").contains("+48601234567");
		assertThat(answers).hasSizeLessThanOrEqualTo(13);
		// one message back for each answer, the next question (issue 17)
		assertThat(telegram.messagesTo(DAUGHTER)).hasSize(messagesBefore + answers.size());

		JsonNode queue = evac.get("/api/requests").body().get("content");
		assertThat(queue).hasSize(2);
		JsonNode first = queue.get(0);
		assertThat(first.get("number").asText()).isEqualTo(filed.replaceAll("(?s).*?(EV-\\d+).*", "$1"));
		assertThat(first.get("rankedFor").asText()).isEqualTo("DANGER_NOW");

		JsonNode request = evac.get("/api/requests/" + first.get("id").asText()).body();
		assertThat(request.get("settlement").asText()).isEqualTo("Миколайпілля");
		assertThat(request.get("oblast").asText()).isEqualTo("Донецька область");
		assertThat(request.get("address").asText()).isEqualTo("вул. Садова, 3, кв. 9");
		assertThat(request.get("phone").asText()).isEqualTo("+380507654321");
		assertThat(request.get("householdSize").asInt()).isEqualTo(1);
		assertThat(request.get("needs")).extracting(JsonNode::asText).containsExactly("BEDRIDDEN");
		assertThat(request.get("accommodationNeeded").asBoolean()).isTrue();
		JsonNode answered = request.get("answers");
		assertThat(answered.get("who").asText()).isEqualTo("SOMEONE_ELSE");
		assertThat(answered.get("name").asText()).isEqualTo("Ганна Петрівна");
		assertThat(answered.get("filer-phone").asText()).isEqualTo("+48601234567");
		assertThat(answered.get("mobility").asText()).isEqualTo("STRETCHER");
		assertThat(answered.get("floor").asInt()).isEqualTo(3);
		assertThat(answered.get("lift").asBoolean()).isFalse();
		assertThat(answered.get("danger").asBoolean()).isTrue();
		assertThat(answered.get("ready").asText()).isEqualTo("NOW");
		assertThat(answered.get("crew-note").asText()).isEqualTo("Номер сусідки Олени, мама погано чує");
	}

}
