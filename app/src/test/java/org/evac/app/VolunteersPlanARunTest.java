package org.evac.app;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.Filing;
import org.evac.app.testing.MovedSystemClock;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.app.testing.Volunteer.Reply;
import org.evac.domain.i18n.Language;
import org.evac.outbox.Outbox;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Volunteers plan a run through the HTTP API of the whole application: fill a van,
 * schedule it in one action, close it household by household, while the residents hear
 * what concerns them through the Bot API stand-in.
 */
class VolunteersPlanARunTest {

	static final Duration WAIT = Duration.ofSeconds(20);

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	/** Moved on by a test where it would otherwise wait for a reminder to come due. */
	static final MovedSystemClock clock = new MovedSystemClock();

	static Volunteer admin;

	static Volunteer olena;

	static Volunteer taras;

	static long nextChat = 7000;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, null, clock, "evac.reminders.tick=1s");
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

	/** Files a request as the resident; returns its number. */
	static String filed(Resident resident, String place) {
		long n = resident.chatId();
		return Filing.files(resident, place, "вул. Центральна, " + n,
				"050 2%02d %02d %02d".formatted(n / 10000 % 100, n / 100 % 100, n % 100));
	}

	static String idOf(String number) {
		return admin.get("/api/requests/" + number).json().get("id").asText();
	}

	static String run(Volunteer volunteer, String settlement, int seats, Instant pickupAt) {
		Reply created = volunteer.post("/api/runs", """
				{"date":"%s","settlement":"%s","seats":%d,"stretcherPlaces":0,"pickupPlace":"School No. 3",
				 "pickupAt":"%s","vehicle":"van AH 1234","note":"through the back road"}"""
			.formatted(LocalDate.ofInstant(pickupAt, ZoneOffset.UTC), settlement, seats, pickupAt));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	static List<String> numbers(JsonNode run) {
		List<String> numbers = new ArrayList<>();
		run.get("stops").forEach(s -> numbers.add(s.get("number").asText()));
		return numbers;
	}

	@Test
	void aRunOfFiveIsScheduledInOneActionAndEachResidentIsToldOnceInTheirLanguage() {
		List<Resident> residents = List.of(resident(Language.UK), resident(Language.EN), resident(Language.RU),
				resident(Language.UK), resident(Language.EN));
		List<String> numbers = residents.stream().map(r -> filed(r, "Слов'янськ")).toList();
		Instant pickupAt = clock.instant()
			.plus(Duration.ofHours(2))
			.plusSeconds(15)
			.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String run = run(olena, "Слов'янськ", 8, pickupAt);

		JsonNode suggested = olena.post("/api/runs/" + run + "/suggest").json();
		assertThat(numbers(suggested)).containsExactlyInAnyOrderElementsOf(numbers);
		assertThat(suggested.get("seatsLeft").asInt()).isEqualTo(3);
		assertThat(taras.post("/api/requests/" + idOf(numbers.get(0)) + "/claim").status()).isEqualTo(409);

		Reply scheduled = olena.post("/api/runs/" + run + "/schedule");
		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
		assertThat(scheduled.json().get("state").asText()).isEqualTo("SCHEDULED");
		assertThat(scheduled.json().get("refused")).isEmpty();
		// the pickup reminders (two hours before) come due 15 seconds later on evac's
		// clock, once the notices are out (one in flight must not outlive its lease)
		for (int i = 0; i < residents.size(); i++) {
			Resident resident = residents.get(i);
			telegram.awaitMessageContaining(resident.chatId(), resident.text("notice.status.SCHEDULED", numbers.get(i)),
					WAIT);
		}
		await().atMost(WAIT).until(() -> evac.bean(Outbox.class).pending() == 0);
		clock.moveBy(Duration.ofSeconds(15));

		for (int i = 0; i < residents.size(); i++) {
			Resident resident = residents.get(i);
			String told = resident.text("notice.status.SCHEDULED", numbers.get(i));
			SentMessage notice = telegram.awaitMessageContaining(resident.chatId(), told, WAIT);
			assertThat(notice.text()).contains(resident.text("notice.pickup.place", "School No. 3"))
				.contains(resident.text("filed.checklist"));
			String reminder = resident.text("pickup.reminder", "§", "§", "§", "§");
			telegram.awaitMessageContaining(resident.chatId(), reminder.substring(0, reminder.indexOf('§')), WAIT);
			JsonNode request = admin.get("/api/requests/" + numbers.get(i)).json();
			assertThat(request.get("status").asText()).isEqualTo("SCHEDULED");
			assertThat(request.get("claimedBy").asText()).isEqualTo("olena");
			assertThat(request.get("pickup").get("place").asText()).isEqualTo("School No. 3");
		}
		for (int i = 0; i < residents.size(); i++) {
			Resident resident = residents.get(i);
			String number = numbers.get(i);
			List<SentMessage> heard = telegram.messagesTo(resident.chatId());
			assertThat(heard).as("told once of the pickup, and nothing of the run's steps before it")
				.filteredOn(m -> m.text().contains(resident.text("notice.status.SCHEDULED", number)))
				.hasSize(1);
			assertThat(heard).filteredOn(m -> m.text().contains(resident.text("notice.status.IN_PROGRESS", number)))
				.isEmpty();
			assertThat(heard).filteredOn(m -> m.text().contains("School No. 3"))
				.as("the notice and one reminder")
				.hasSize(2);
		}
		Resident first = residents.get(0);
		first.says("/status");
		assertThat(first.lastMessage().text()).as("/status shows the run's pickup")
			.contains(first.text("notice.pickup.place", "School No. 3"));
	}

	@Test
	void ofTwoVolunteersAddingTheSameHouseholdToTheirRunsOneGetsItAndTheOther409() throws Exception {
		String number = filed(resident(Language.UK), "Краматорськ");
		Instant pickupAt = Instant.now().plus(Duration.ofDays(1));
		List<String> runs = List.of(run(olena, "Краматорськ", 8, pickupAt), run(taras, "Краматорськ", 8, pickupAt));
		List<Volunteer> volunteers = List.of(olena, taras);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Reply>> adds = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Volunteer volunteer = volunteers.get(i);
			String path = "/api/runs/" + runs.get(i) + "/requests/" + number;
			adds.add(pool.submit(() -> {
				go.await();
				return volunteer.post(path);
			}));
		}
		go.countDown();
		List<Reply> replies = new ArrayList<>();
		for (Future<Reply> add : adds) {
			replies.add(add.get());
		}
		pool.shutdown();

		assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
		int won = (replies.get(0).status() == 200) ? 0 : 1;
		assertThat(numbers(olena.get("/api/runs/" + runs.get(won)).json())).containsExactly(number);
		assertThat(numbers(olena.get("/api/runs/" + runs.get(1 - won)).json())).isEmpty();
		assertThat(admin.get("/api/requests/" + number).json().get("claimedBy").asText())
			.isEqualTo(volunteers.get(won).username());
		assertThat(replies.get(1 - won).contentType()).startsWith("application/problem+json");
	}

	@Test
	void aHouseholdNotFoundGoesBackToTheQueueRaisedAndItsResidentIsAskedToWrite() {
		Resident found = resident(Language.UK);
		Resident missing = resident(Language.EN);
		String foundNumber = filed(found, "Краматорськ");
		String missingNumber = filed(missing, "Краматорськ");
		String run = run(olena, "Краматорськ", 8, Instant.now().plus(Duration.ofDays(1)));
		assertThat(olena.post("/api/runs/" + run + "/requests/" + foundNumber).status()).isEqualTo(200);
		assertThat(olena.post("/api/runs/" + run + "/requests/" + missingNumber).status()).isEqualTo(200);
		assertThat(taras.post("/api/runs/" + run + "/schedule").status()).isEqualTo(403);
		assertThat(olena.post("/api/runs/" + run + "/schedule").status()).isEqualTo(200);

		Reply closed = olena.post("/api/runs/" + run + "/close", """
				{"outcomes":[{"requestId":"%s","outcome":"EVACUATED"},{"requestId":"%s","outcome":"NOT_FOUND"}]}"""
			.formatted(foundNumber, missingNumber));

		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().get("state").asText()).isEqualTo("CLOSED");
		telegram.awaitMessageContaining(found.chatId(), found.text("notice.status.EVACUATED", foundNumber), WAIT);
		telegram.awaitMessageContaining(missing.chatId(), missing.text("notice.run.not-found", missingNumber), WAIT);
		JsonNode back = admin.get("/api/requests/" + missingNumber).json();
		assertThat(back.get("status").asText()).isEqualTo("NEW");
		assertThat(back.get("claimedBy").isNull()).isTrue();
		assertThat(back.get("needsAttention").asBoolean()).isTrue();
		assertThat(back.get("pickup").isNull()).isTrue();
		assertThat(taras.post("/api/requests/" + back.get("id").asText() + "/claim").status()).isEqualTo(200);
		await().atMost(WAIT)
			.until(() -> admin.get("/api/requests/" + foundNumber).json().get("status").asText().equals("EVACUATED"));
	}

	@Test
	void aHouseholdTakenOutOfAScheduledRunIsToldInItsLanguageAndGoesBackToTheQueueRaised() {
		Resident staying = resident(Language.UK);
		Resident out = resident(Language.RU);
		String stayingNumber = filed(staying, "Краматорськ");
		String outNumber = filed(out, "Краматорськ");
		String run = run(olena, "Краматорськ", 8, Instant.now().plus(Duration.ofDays(1)));
		assertThat(olena.post("/api/runs/" + run + "/requests/" + stayingNumber).status()).isEqualTo(200);
		assertThat(olena.post("/api/runs/" + run + "/requests/" + outNumber).status()).isEqualTo(200);
		String early = filed(resident(Language.UK), "Краматорськ");
		assertThat(olena.post("/api/runs/" + run + "/requests/" + early).status()).isEqualTo(200);
		assertThat(olena.delete("/api/runs/" + run + "/requests/" + early).status()).isEqualTo(200);
		JsonNode untold = admin.get("/api/requests/" + early).json();
		assertThat(untold.get("claimedBy").isNull()).as("taken out before the run was scheduled").isTrue();
		assertThat(untold.get("needsAttention").asBoolean()).isFalse();
		assertThat(olena.post("/api/runs/" + run + "/schedule").status()).isEqualTo(200);
		telegram.awaitMessageContaining(out.chatId(), out.text("notice.status.SCHEDULED", outNumber), WAIT);

		Reply removed = olena.delete("/api/runs/" + run + "/requests/" + outNumber);

		assertThat(removed.status()).as(removed.body()).isEqualTo(200);
		assertThat(numbers(removed.json())).containsExactly(stayingNumber);
		String told = out.text("notice.run.taken-out", outNumber);
		telegram.awaitMessageContaining(out.chatId(), told, WAIT);
		assertThat(telegram.messagesTo(out.chatId())).filteredOn(m -> m.text().contains(told)).hasSize(1);
		JsonNode back = admin.get("/api/requests/" + outNumber).json();
		assertThat(back.get("status").asText()).isEqualTo("NEW");
		assertThat(back.get("claimedBy").isNull()).isTrue();
		assertThat(back.get("needsAttention").asBoolean()).isTrue();
		assertThat(back.get("pickup").isNull()).isTrue();
		String id = back.get("id").asText();
		await().atMost(WAIT).untilAsserted(() -> {
			List<String> details = new ArrayList<>();
			admin.get("/api/audit?request=" + id)
				.json()
				.forEach(e -> details.add(e.get("account").asText() + " " + e.get("detail").asText()));
			assertThat(details).as("written out from the request's own change, as the casework's")
				.contains("olena status NEW -> IN_PROGRESS for run " + run,
						"olena taken out of scheduled run " + run + ", back in the queue, raised");
		});
		assertThat(taras.post("/api/requests/" + id + "/claim").status()).isEqualTo(200);
	}

	@Test
	void aCoordinatorPlansARunForAnotherVolunteerAndAVolunteerOnlyForThemselves() {
		String plan = """
				{"date":"2026-12-24","settlement":"Краматорськ","seats":8,"stretcherPlaces":0,"volunteer":"%s"}""";

		Reply forOlena = admin.post("/api/runs", plan.formatted("olena"));
		Reply olenaForTaras = olena.post("/api/runs", plan.formatted("taras"));
		Reply forNobody = admin.post("/api/runs", plan.formatted("nobody"));

		assertThat(forOlena.status()).as(forOlena.body()).isEqualTo(201);
		assertThat(forOlena.json().get("volunteer").asText()).isEqualTo("olena");
		String run = forOlena.json().get("id").asText();
		assertThat(olena.get("/api/runs/" + run + "/sheet").status()).as("she leads it").isEqualTo(200);
		assertThat(taras.get("/api/runs/" + run + "/sheet").status()).isEqualTo(403);
		assertThat(olenaForTaras.status()).isEqualTo(403);
		assertThat(forNobody.status()).isEqualTo(400);
	}

	@Test
	void theRunSheetIsForTheRunsVolunteerAndCoordinatorsAndEveryOpeningIsAudited() throws Exception {
		String number = filed(resident(Language.UK), "Краматорськ");
		String run = run(olena, "Краматорськ", 8, Instant.now().plus(Duration.ofDays(1)));
		assertThat(olena.post("/api/runs/" + run + "/requests/" + number).status()).isEqualTo(200);
		String id = idOf(number);

		assertThat(taras.get("/api/runs/" + run + "/sheet").status()).isEqualTo(403);
		assertThat(taras.get("/api/runs/" + run + "/sheet.pdf").status()).isEqualTo(403);
		Reply page = olena.get("/api/runs/" + run + "/sheet");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains(number).contains("вул. Центральна").contains("+38050");
		assertThat(page.body()).as("the driver reads how people move as the resident chose it, not a code")
			.contains("Усі ходять самостійно")
			.doesNotContain("WALKS");
		assertThat(admin.get("/api/runs/" + run + "/sheet").status()).isEqualTo(200);

		java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + evac.port() + "/api/runs/" + run + "/sheet.pdf"))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString("olena:olena-password-123".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			// the table wraps words onto lines of their own
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).as("Ukrainian, in the embedded DejaVu font").contains("вул.Центральна").contains(number);
		}
		JsonNode trail = admin.get("/api/audit?request=" + id).json();
		List<String> details = new ArrayList<>();
		trail.forEach(e -> details.add(e.get("account").asText() + " " + e.get("detail").asText()));
		assertThat(details)
			.contains("olena run sheet (page) of run " + run + ": address, phones, needs",
					"olena run sheet (PDF) of run " + run + ": address, phones, needs",
					"admin run sheet (page) of run " + run + ": address, phones, needs")
			.noneMatch(d -> d.startsWith("taras run sheet"));
	}

}
