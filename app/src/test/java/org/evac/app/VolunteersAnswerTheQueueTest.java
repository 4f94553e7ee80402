package org.evac.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.Filing;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.app.testing.Volunteer.Reply;
import org.evac.domain.i18n.Language;
import org.evac.telegramfake.Button;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Volunteers work the queue through the HTTP API of the whole application, on its
 * embedded database, while residents talk to the bot through the Bot API stand-in.
 */
class VolunteersAnswerTheQueueTest {

	static final long TEAM_CHAT = -1009876543210L;

	static final Duration WAIT = Duration.ofSeconds(15);

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	static Volunteer olena;

	static Volunteer taras;

	static long nextChat = 5000;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "evac.volunteer-chat.chat-id=" + TEAM_CHAT);
		admin = Volunteer.admin(evac);
		olena = admin.createVolunteer("olena", "VOLUNTEER");
		taras = admin.createVolunteer("taras", "VOLUNTEER");
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	static Resident resident(Language language) {
		return new Resident(telegram, nextChat++, language, evac);
	}

	/** Files a request as a new resident; returns the request's id. */
	static String filed(Resident resident, String phone, String address) {
		String number = Filing.files(resident, "Краматорськ", address, phone);
		return admin.get("/api/requests/" + number).json().get("id").asText();
	}

	@Test
	void ofTwoVolunteersClaimingAtOnceOneGetsItAndTheOtherIsToldWhoHasIt() throws Exception {
		String id = filed(resident(Language.UK), "050 100 00 01", "вул. Шкільна, 1");
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Reply>> claims = new ArrayList<>();
		for (Volunteer volunteer : List.of(olena, taras)) {
			claims.add(pool.submit(() -> {
				go.await();
				return volunteer.post("/api/requests/" + id + "/claim");
			}));
		}
		go.countDown();
		List<Reply> replies = new ArrayList<>();
		for (Future<Reply> claim : claims) {
			replies.add(claim.get());
		}
		pool.shutdown();

		assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
		Reply won = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
		Reply lost = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
		String winner = won.json().get("claimedBy").asText();
		assertThat(lost.contentType()).startsWith("application/problem+json");
		assertThat(lost.json().get("claimedBy").asText()).isEqualTo(winner);
		assertThat(lost.json().get("detail").asText()).contains(winner);
	}

	@Test
	void theResidentHearsEveryStepInTheirLanguageAndTheirAnswerReachesTheThread() {
		Resident resident = resident(Language.EN);
		String id = filed(resident, "050 100 00 02", "вул. Садова, 2");
		String number = admin.get("/api/requests/" + id).json().get("number").asText();
		String path = "/api/requests/" + id;

		assertThat(olena.post(path + "/claim").status()).isEqualTo(200);
		assertThat(
				olena.post(path + "/messages", "{\"text\":\"We can come tomorrow morning. Are you ready?\"}").status())
			.isEqualTo(200);
		heard(resident, resident.text("notice.message", number, "We can come tomorrow morning. Are you ready?"));

		resident.says("Yes, we are ready, two bags");
		assertThat(resident.lastMessage().text()).isEqualTo(resident.text("thread.received", number));

		assertThat(olena.post(path + "/status", "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(200);
		heard(resident, resident.text("notice.status.IN_PROGRESS", number));
		Reply scheduled = olena.post(path + "/status",
				"{\"status\":\"SCHEDULED\",\"note\":\"van 2\",\"pickupAt\":\"2026-12-01T06:30:00Z\",\"pickupPlace\":\"School No. 3\"}");
		assertThat(scheduled.status()).isEqualTo(200);
		SentMessage notice = heard(resident, resident.text("notice.status.SCHEDULED", number));
		assertThat(notice.text()).contains(resident.text("notice.pickup.at", "01.12.2026 08:30"))
			.contains(resident.text("notice.pickup.place", "School No. 3"));
		assertThat(olena.post(path + "/status", "{\"status\":\"EVACUATED\"}").status()).isEqualTo(200);
		heard(resident, resident.text("notice.status.EVACUATED", number));

		JsonNode detail = olena.get(path).json();
		assertThat(detail.get("thread")).extracting(m -> m.get("from").asText())
			.containsExactly("VOLUNTEER", "RESIDENT");
		assertThat(detail.get("thread").get(1).get("text").asText()).isEqualTo("Yes, we are ready, two bags");
		assertThat(detail.get("history")).extracting(h -> h.get("to").asText())
			.containsExactly("NEW", "IN_PROGRESS", "SCHEDULED", "EVACUATED");
		assertThat(detail.get("history").get(2).get("by").asText()).isEqualTo("olena");
		assertThat(detail.get("history").get(2).get("note").asText()).isEqualTo("van 2");
		assertThat(detail.get("pickup").get("place").asText()).isEqualTo("School No. 3");
	}

	static SentMessage heard(Resident resident, String text) {
		return telegram.awaitMessageContaining(resident.chatId(), text, WAIT);
	}

	@Test
	void forbiddenMovesAreRefusedWithAClearMessage() {
		String id = filed(resident(Language.UK), "050 100 00 03", "вул. Миру, 3");
		String path = "/api/requests/" + id + "/status";
		assertThat(olena.post("/api/requests/" + id + "/claim").status()).isEqualTo(200);

		Reply skip = olena.post(path, "{\"status\":\"EVACUATED\"}");
		assertThat(skip.status()).isEqualTo(409);
		assertThat(skip.contentType()).startsWith("application/problem+json");
		assertThat(skip.json().get("detail").asText()).contains("cannot move from NEW to EVACUATED")
			.contains("IN_PROGRESS");
		assertThat(olena.post(path, "{\"status\":\"SCHEDULED\"}").status()).isEqualTo(409);
		assertThat(olena.post(path, "{\"status\":\"CANCELLED\"}").status()).isEqualTo(200);
		assertThat(olena.post(path, "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(409);
		assertThat(olena.post(path, "{\"status\":\"FLYING\"}").json().get("field").asText()).isEqualTo("status");
	}

	@Test
	void aVolunteerCannotWorkOnOrReadTheAddressOfAnothersRequest() {
		String id = filed(resident(Language.UK), "050 100 00 04", "вул. Лісова, 4");
		String path = "/api/requests/" + id;
		assertThat(olena.post(path + "/claim").status()).isEqualTo(200);

		assertThat(taras.post(path + "/status", "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(403);
		assertThat(taras.post(path + "/messages", "{\"text\":\"hello\"}").status()).isEqualTo(403);
		assertThat(taras.post(path + "/notes", "{\"text\":\"hello\"}").status()).isEqualTo(403);
		assertThat(taras.post(path + "/release").status()).isEqualTo(403);

		JsonNode seenByTaras = taras.get(path).json();
		assertThat(seenByTaras.get("settlement").asText()).isEqualTo("Краматорськ");
		assertThat(seenByTaras.get("address").isNull()).isTrue();
		assertThat(seenByTaras.get("phone").isNull()).isTrue();
		assertThat(seenByTaras.get("personal").asBoolean()).isFalse();
		assertThat(taras.get("/api/requests?size=200").body()).doesNotContain("вул. Лісова").doesNotContain("1000004");

		JsonNode seenByOlena = olena.get(path).json();
		assertThat(seenByOlena.get("address").asText()).isEqualTo("вул. Лісова, 4");
		assertThat(seenByOlena.get("phone").asText()).isEqualTo("+380501000004");
		assertThat(admin.get(path).json().get("phone").asText()).isEqualTo("+380501000004");
	}

	@Test
	void aVolunteerCannotCallCoordinatorEndpoints() {
		assertThat(olena.get("/api/volunteers").status()).isEqualTo(403);
		assertThat(olena
			.post("/api/volunteers", "{\"username\":\"x\",\"password\":\"xxxxxxxxxxxx\",\"role\":\"COORDINATOR\"}")
			.status()).isEqualTo(403);
		assertThat(olena.get("/api/audit").status()).isEqualTo(403);
		assertThat(olena.get("/api/export.csv").status()).isEqualTo(403);
		assertThat(olena.post("/api/hotlines", "{\"phone\":\"112\",\"names\":{\"uk\":\"x\"}}").status()).isEqualTo(403);
		assertThat(olena.post("/api/requests/x/merge", "{\"into\":\"y\"}").status()).isEqualTo(403);
		assertThat(olena.get("/api/hotlines").status()).isEqualTo(200);
		assertThat(olena.get("/api/stats").status()).isEqualTo(200);
	}

	@Test
	void withoutCredentialsEverythingButHealthIs401() {
		Volunteer nobody = Volunteer.anonymous(evac);
		Reply list = nobody.get("/api/requests");
		assertThat(list.status()).isEqualTo(401);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(nobody.post("/api/requests/x/claim").status()).isEqualTo(401);
		assertThat(new Volunteer(evac.port(), "olena", "wrong-password").get("/api/requests").status()).isEqualTo(401);
	}

	@Test
	void unknownIdsAreNotFoundAndBodiesMaySetOnlyTheirOwnFields() {
		assertThat(olena.get("/api/requests/does-not-exist").status()).isEqualTo(404);
		assertThat(olena.get("/api/requests/650000000000000000000000").status()).isEqualTo(404);
		assertThat(olena.post("/api/requests/EV-999999/claim").status()).isEqualTo(404);
		String id = filed(resident(Language.UK), "050 100 00 05", "вул. Польова, 5");

		Reply sneaky = olena.post("/api/requests/" + id + "/notes", "{\"text\":\"ok\",\"claimedBy\":\"olena\"}");
		assertThat(sneaky.status()).isEqualTo(400);
		assertThat(sneaky.json().get("field").asText()).isEqualTo("claimedBy");
		assertThat(olena.post("/api/requests/" + id + "/status", "{\"status\":\"IN_PROGRESS\",\"number\":\"EV-1\"}")
			.json()
			.get("field")
			.asText()).isEqualTo("number");
		Reply blank = olena.post("/api/requests/" + id + "/notes", "{\"text\":\"  \"}");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("field").asText()).isEqualTo("text");
		Reply huge = olena.post("/api/requests/" + id + "/notes", "{\"text\":\"" + "x".repeat(100_000) + "\"}");
		assertThat(huge.status()).isEqualTo(413);
	}

	@Test
	void everyReadOfPersonalFieldsAndEveryChangeIsAuditedWithoutThePersonalValues() {
		Resident resident = resident(Language.UK);
		String id = filed(resident, "050 100 00 06", "вул. Вишнева, 6");
		String path = "/api/requests/" + id;
		olena.post(path + "/claim");
		olena.get(path);
		olena.post(path + "/notes", "{\"text\":\"сусідка Ганна має ключ\"}");
		olena.post(path + "/messages", "{\"text\":\"Чекайте нас о дев'ятій\"}");
		olena.post(path + "/status", "{\"status\":\"IN_PROGRESS\"}");
		taras.get(path);

		Reply audit = admin.get("/api/audit?request=" + id);
		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.json()).extracting(e -> e.get("account").asText() + " " + e.get("action").asText())
			.contains("olena CLAIM", "olena READ_REQUEST", "olena ADD_NOTE", "olena SEND_MESSAGE",
					"olena CHANGE_STATUS", "taras READ_REQUEST");
		assertThat(admin.get("/api/audit?account=taras").json())
			.allSatisfy(e -> assertThat(e.get("account").asText()).isEqualTo("taras"));
		String everything = admin.get("/api/audit?limit=1000").body();
		assertThat(everything).doesNotContain("1000006")
			.doesNotContain("Вишнева")
			.doesNotContain("Ганна")
			.doesNotContain("дев'ятій");
	}

	@Test
	void theExportHasAHeaderAnHxlRowAndPersonalColumnsOnlyWhenAskedFor() {
		String number = Filing.files(resident(Language.UK), "Краматорськ", "вул. Квіткова, 7", "050 100 00 07");

		Reply csv = admin.get("/api/export.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).startsWith("number,oblast,oblast_code,settlement,settlement_code,people,children,needs,"
				+ "status,reported,destination_oblast,destination_town");
		assertThat(lines[1]).startsWith("#meta+id,#adm1+name,#adm1+code,#loc+name,#loc+code,#affected+hh,"
				+ "#affected+children,#indicator+needs,#status,#date+reported,#adm1+dest,#loc+dest");
		assertThat(csv.body()).contains(number + ",Донецька область")
			.doesNotContain("1000007")
			.doesNotContain("Квіткова")
			.doesNotContain("#contact+phone");

		Reply personal = admin.get("/api/export.csv?personal=true");
		assertThat(personal.body().split("\r\n")[1]).contains("#contact+phone", "#loc+address", "#geo+lat");
		assertThat(personal.body()).contains("+380501000007", "вул. Квіткова");
		assertThat(admin.get("/api/audit?account=admin").json()).extracting(e -> e.get("action").asText())
			.contains("EXPORT", "EXPORT_PERSONAL");
	}

	@Test
	void aNewRequestIsAnnouncedToTheTeamChatWithoutPersonalDetails() {
		String number = Filing.files(resident(Language.RU), "Краматорськ", "вул. Тиха, 8", "050 100 00 08");

		SentMessage announced = telegram.awaitMessageContaining(TEAM_CHAT, number, WAIT);
		assertThat(announced.text()).contains("Краматорськ").doesNotContain("1000008").doesNotContain("Тиха");
	}

	@Test
	void theSamePhoneMarksAPossibleDuplicateWhichACoordinatorMerges() {
		Resident first = resident(Language.UK);
		Resident again = resident(Language.EN);
		String kept = filed(first, "050 100 00 09", "вул. Зелена, 9");
		String duplicate = filed(again, "050 100 00 09", "вул. Зелена, 9, кв. 1");
		String keptNumber = admin.get("/api/requests/" + kept).json().get("number").asText();
		String duplicateNumber = admin.get("/api/requests/" + duplicate).json().get("number").asText();

		assertThat(olena.get("/api/requests/" + duplicate).json().get("possibleDuplicates"))
			.extracting(d -> d.get("number").asText())
			.containsExactly(keptNumber);
		assertThat(olena.get("/api/requests/" + kept).json().get("possibleDuplicates"))
			.extracting(d -> d.get("number").asText())
			.containsExactly(duplicateNumber);

		Reply merged = admin.post("/api/requests/" + duplicate + "/merge", "{\"into\":\"" + kept + "\"}");
		assertThat(merged.status()).isEqualTo(200);
		assertThat(admin.get("/api/requests/" + duplicate).json().get("status").asText()).isEqualTo("CANCELLED");
		heard(again, again.text("notice.merged", duplicateNumber, keptNumber));
	}

	@Test
	void aSaferTownACoordinatorAddsIsOfferedAtOnce() {
		String donetsk = "UA14000000000091971";
		Reply added = admin.post("/api/places/" + donetsk + "/safer-towns",
				"{\"names\":{\"uk\":\"Новоприхистянськ\",\"en\":\"Novoprykhystiansk\"},\"lat\":48.7,\"lon\":37.5}");
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("source").asText()).isEqualTo("COORDINATOR");

		Resident resident = resident(Language.UK);
		resident.says("/start");
		resident.tapsLabelOf("who.SELF");
		resident.says("Краматорськ");
		resident.says("вул. Нова, 10");
		resident.says("050 100 00 10");
		resident.tapsLabelOf("second-phone.skip");
		resident.taps("1");
		resident.tapsLabelOf("mobility.WALKS");
		resident.tapsLabelOf("danger.no");
		resident.tapsLabelOf("ready.NOW");
		resident.tapsLabelOf("destination.SAFER_TOWN");
		assertThat(resident.lastMessage().buttons()).extracting(Button::text).contains("Новоприхистянськ");
	}

	@Test
	void aPlaceACoordinatorMarksOccupiedIsTakenWithAPlainNoticeAndTheHotlines() {
		String bakhmut = "UA14020010010059145";
		String body = "{\"code\":\"" + bakhmut + "\"}";
		assertThat(olena.post("/api/places/occupied", body).status()).isEqualTo(403);
		Reply marked = admin.post("/api/places/occupied", body);
		assertThat(marked.status()).isEqualTo(201);
		assertThat(marked.json().get("name").asText()).isEqualTo("Бахмут");
		assertThat(olena.get("/api/places/occupied").json().get(0).get("code").asText()).isEqualTo(bakhmut);
		try {
			Resident resident = resident(Language.UK);
			resident.says("/start");
			resident.tapsLabelOf("who.SELF");
			resident.says("Бахмут");
			assertThat(resident.lastMessage().visibleText()).startsWith(resident.text("settlement.occupied", "Бахмут"))
				.contains("112")
				.endsWith(resident.text("address.ask", "Бахмут"));
		}
		finally {
			assertThat(admin.delete("/api/places/occupied/" + bakhmut).status()).isEqualTo(204);
		}
		assertThat(admin.get("/api/places/occupied").json()).isEmpty();
		assertThat(admin.delete("/api/places/occupied/" + bakhmut).status()).isEqualTo(404);
		assertThat(admin.post("/api/places/occupied", "{\"code\":\"UA14999999999999999\"}").status()).isEqualTo(404);
	}

	@Test
	void statsCountOpenRequestsWithTheirPeopleAndChildren() {
		Filing.files(resident(Language.UK), "Краматорськ", "вул. Ясна, 11", "050 100 00 11");

		JsonNode stats = olena.get("/api/stats").json();

		assertThat(stats.get("byStatus").get("NEW").asLong()).isPositive();
		assertThat(stats.get("byOblast")).extracting(o -> o.get("place").asText()).contains("Донецька область");
		assertThat(stats.get("bySettlement")).extracting(o -> o.get("place").asText()).contains("Краматорськ");
		assertThat(stats.get("waiting").get("people").asLong())
			.isGreaterThanOrEqualTo(stats.get("waiting").get("requests").asLong());
	}

	@Test
	void aCoordinatorAddsAndDisablesAccounts() {
		Volunteer ivan = admin.createVolunteer("ivan", "VOLUNTEER");
		assertThat(ivan.get("/api/me").json().get("role").asText()).isEqualTo("VOLUNTEER");
		assertThat(admin.get("/api/volunteers").body()).contains("\"ivan\"").doesNotContain("password");
		assertThat(admin
			.post("/api/volunteers", "{\"username\":\"ivan\",\"password\":\"another-password\",\"role\":\"VOLUNTEER\"}")
			.status()).isEqualTo(409);
		assertThat(
				admin.post("/api/volunteers", "{\"username\":\"petro\",\"password\":\"short\",\"role\":\"VOLUNTEER\"}")
					.json()
					.get("field")
					.asText())
			.isEqualTo("password");

		assertThat(admin.delete("/api/volunteers/ivan").status()).isEqualTo(204);
		assertThat(ivan.get("/api/me").status()).isEqualTo(401);
		assertThat(admin.delete("/api/volunteers/admin").status()).isEqualTo(409);
		assertThat(admin.get("/api/audit?account=admin").json()).extracting(e -> e.get("action").asText())
			.contains("ACCOUNT_CREATED", "ACCOUNT_DISABLED");
	}

}
