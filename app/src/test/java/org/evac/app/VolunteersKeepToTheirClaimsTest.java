package org.evac.app;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.Requests;
import org.evac.domain.request.RequestsFixtures;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A volunteer works on what they claimed, and cannot take the whole queue: a script with
 * a volunteer's password gets nowhere.
 */
class VolunteersKeepToTheirClaimsTest {

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	static long nextChat = 8100;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "evac.claims.max-per-volunteer=2", "evac.claims.per-minute=5");
		admin = Volunteer.admin(evac);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	static String request() {
		long chat = nextChat++;
		return evac.bean(Requests.class).file(chat, "claims-" + chat, Language.UK, RequestsFixtures.family()).id();
	}

	@Test
	void aVolunteerChangesNothingOnARequestTheyDidNotClaim() {
		Volunteer olena = admin.createVolunteer("olena", "VOLUNTEER");
		Volunteer taras = admin.createVolunteer("taras", "VOLUNTEER");
		String unclaimed = "/api/requests/" + request();
		String tarasHas = "/api/requests/" + request();
		assertThat(taras.post(tarasHas + "/claim").status()).isEqualTo(200);

		for (String path : new String[] { unclaimed, tarasHas }) {
			assertThat(olena.post(path + "/messages", "{\"text\":\"hello\"}").status()).isEqualTo(403);
			assertThat(olena.post(path + "/notes", "{\"text\":\"a note\"}").status()).isEqualTo(403);
			assertThat(olena.post(path + "/status", "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(403);
		}
		assertThat(olena.post(tarasHas + "/release").status()).isEqualTo(403);
		assertThat(admin.get(unclaimed).json().path("claimedBy").isTextual()).isFalse();
		assertThat(admin.get(tarasHas).json().get("claimedBy").asText()).isEqualTo("taras");
		assertThat(taras.post(tarasHas + "/notes", "{\"text\":\"called them\"}").status()).isEqualTo(200);
	}

	@Test
	void aClosedRequestTakesNoMessage() {
		String path = "/api/requests/" + request();
		assertThat(admin.post(path + "/claim").status()).isEqualTo(200);
		assertThat(admin.post(path + "/status", "{\"status\":\"CANCELLED\"}").status()).isEqualTo(200);

		Volunteer.Reply refused = admin.post(path + "/messages", "{\"text\":\"are you there?\"}");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asText()).contains("closed");
	}

	@Test
	void aVolunteerHoldsAtMostTheLimitAndCoordinatorsSeeWhoHoldsHowMany() {
		Volunteer ivan = admin.createVolunteer("ivan", "VOLUNTEER");
		assertThat(ivan.post("/api/requests/" + request() + "/claim").status()).isEqualTo(200);
		assertThat(ivan.post("/api/requests/" + request() + "/claim").status()).isEqualTo(200);

		Volunteer.Reply third = ivan.post("/api/requests/" + request() + "/claim");

		assertThat(third.status()).isEqualTo(409);
		assertThat(third.json().get("detail").asText()).contains("2 open requests");
		JsonNode holdings = admin.get("/api/claims").json();
		assertThat(holdings.findValues("username").stream().map(JsonNode::asText)).contains("ivan");
		assertThat(holdings.toString()).contains("{\"username\":\"ivan\",\"open\":2}");
		assertThat(ivan.get("/api/claims").status()).isEqualTo(403);
	}

	@Test
	void whyTwoRequestsMayBeOneHouseholdIsShownOnlyToTheClaimerAndCoordinators() {
		Volunteer nadia = admin.createVolunteer("nadia", "VOLUNTEER");
		Volunteer bohdan = admin.createVolunteer("bohdan", "VOLUNTEER");
		request();
		String path = "/api/requests/" + request(); // the same phone and address
		assertThat(bohdan.post(path + "/claim").status()).isEqualTo(200);

		JsonNode seenByOthers = nadia.get(path).json().get("possibleDuplicates");
		JsonNode seenByClaimer = bohdan.get(path).json().get("possibleDuplicates");

		assertThat(seenByOthers).isNotEmpty().allSatisfy(link -> assertThat(link.path("reason").isTextual()).isFalse());
		assertThat(seenByClaimer.get(0).path("reason").asText()).isNotBlank();
		assertThat(admin.get(path).json().get("possibleDuplicates").get(0).path("reason").asText()).isNotBlank();
	}

	@Test
	void claimsAreRateLimitedPerAccount() {
		Volunteer coordinator = admin.createVolunteer("mariia", "COORDINATOR");
		// 5 a minute, one back every 12 s: 20 claims in a row meet a 429 unless they take
		// three minutes (the exact rate is ClaimLimitsTest's, on a clock it moves)
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 20 && !statuses.contains(429); i++) {
			statuses.add(coordinator.post("/api/requests/" + request() + "/claim").status());
		}

		assertThat(statuses).startsWith(200, 200, 200, 200, 200).contains(429).containsOnly(200, 429);
	}

}
