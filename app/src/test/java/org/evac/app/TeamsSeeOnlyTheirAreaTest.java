package org.evac.app;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.i18n.Language;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.request.Destination;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.Requests;
import org.evac.domain.request.RequestsFixtures;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two organisations share one installation: the Donetsk team and the Kharkiv team each
 * see only the requests of their own area, in the queue, one request's endpoints, the
 * stats and the export; a request in nobody's area is the admins', flagged; new requests
 * are announced in their own team's group only.
 */
class TeamsSeeOnlyTheirAreaTest {

	static final long INSTALLATION_CHAT = -1000000000001L;

	static final long DONETSK_CHAT = -1000000000002L;

	static final long KHARKIV_CHAT = -1000000000003L;

	static final Duration WAIT = Duration.ofSeconds(20);

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	static Volunteer anna;

	static Volunteer borys;

	static Volunteer carla;

	static String donetskTeam;

	static String kharkivTeam;

	static EvacuationRequest inBakhmut;

	static EvacuationRequest inKharkiv;

	static EvacuationRequest nowhere;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "evac.volunteer-chat.chat-id=" + INSTALLATION_CHAT);
		admin = Volunteer.admin(evac);
		anna = admin.createVolunteer("anna", "VOLUNTEER");
		borys = admin.createVolunteer("borys", "VOLUNTEER");
		carla = admin.createVolunteer("carla", "COORDINATOR");
		assertThat(admin.delete("/api/teams/whole-country").status()).isEqualTo(204);
		donetskTeam = team("Донеччина", "UA14000000000091971", DONETSK_CHAT, "anna", "carla");
		kharkivTeam = team("Харківщина", "UA63000000000041885", KHARKIV_CHAT, "borys");
		Requests requests = evac.bean(Requests.class);
		inBakhmut = requests.file(9101, "teams-1", Language.UK, RequestsFixtures.family());
		inKharkiv = requests.file(9102, "teams-2", Language.UK, details(new PlaceRef("UA63120270010096107", "Харків"),
				new PlaceRef("UA63000000000041885", "Харківська область")));
		nowhere = requests.file(9103, "teams-3", Language.UK, details(PlaceRef.named("Хутір Вишневий"), null));
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	static String team(String name, String area, long chat, String... members) {
		Volunteer.Reply created = admin.post("/api/teams",
				"{\"name\":\"%s\",\"area\":[\"%s\"],\"chatId\":%d,\"members\":[%s]}".formatted(name, area, chat,
						String.join(",", List.of(members).stream().map(m -> "\"" + m + "\"").toList())));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	static RequestDetails details(PlaceRef settlement, PlaceRef oblast) {
		return new RequestDetails(settlement, oblast, "вул. Лісова, 3", null, "+380501112233", null, 2, 0, Set.of(),
				Destination.undecided(), false);
	}

	static List<String> queue(Volunteer who) {
		JsonNode content = who.get("/api/requests?size=200").json().get("content");
		return StreamSupport.stream(content.spliterator(), false).map(r -> r.get("number").asText()).toList();
	}

	@Test
	void aVolunteerSeesOnlyTheirTeamsRequestsInTheQueue() {
		assertThat(queue(anna)).contains(inBakhmut.number()).doesNotContain(inKharkiv.number(), nowhere.number());
		assertThat(queue(borys)).contains(inKharkiv.number()).doesNotContain(inBakhmut.number(), nowhere.number());
	}

	@Test
	void anotherTeamsRequestIsNotFoundAndCannotBeTouched() {
		String kharkiv = "/api/requests/" + inKharkiv.id();
		assertThat(anna.get(kharkiv).status()).isEqualTo(404);
		assertThat(anna.get("/api/requests/" + inKharkiv.number()).status()).isEqualTo(404);
		assertThat(anna.post(kharkiv + "/claim").status()).isEqualTo(404);
		assertThat(carla.post(kharkiv + "/status", "{\"status\":\"CANCELLED\"}").status()).isEqualTo(404);
		assertThat(anna.get("/api/requests/" + inBakhmut.id()).status()).isEqualTo(200);
	}

	@Test
	void statsAndTheExportCountOnlyTheTeamsOwnRequests() {
		JsonNode stats = anna.get("/api/stats").json();
		assertThat(stats.at("/waiting/requests").asLong()).isEqualTo(queue(anna).size());
		assertThat(stats.toString()).doesNotContain("Харків", "Хутір");

		String csv = carla.get("/api/export.csv?personal=true").body();
		assertThat(csv).contains(inBakhmut.number()).doesNotContain(inKharkiv.number(), nowhere.number());
	}

	@Test
	void aRequestInNoTeamsAreaIsTheAdminsAndFlagged() {
		JsonNode content = admin.get("/api/requests?size=200").json().get("content");
		List<JsonNode> all = StreamSupport.stream(content.spliterator(), false).toList();
		assertThat(all).extracting(r -> r.get("number").asText())
			.contains(inBakhmut.number(), inKharkiv.number(), nowhere.number());
		assertThat(all).filteredOn(r -> r.get("noTeam").asBoolean())
			.extracting(r -> r.get("number").asText())
			.containsExactly(nowhere.number());
		telegram.awaitMessageContaining(INSTALLATION_CHAT, nowhere.number(), WAIT);
	}

	@Test
	void aNewRequestIsAnnouncedInItsOwnTeamsGroupOnly() {
		telegram.awaitMessageContaining(DONETSK_CHAT, inBakhmut.number(), WAIT);
		telegram.awaitMessageContaining(KHARKIV_CHAT, inKharkiv.number(), WAIT);
		assertThat(telegram.messagesTo(KHARKIV_CHAT)).noneMatch(m -> m.text().contains(inBakhmut.number()));
		assertThat(telegram.messagesTo(DONETSK_CHAT)).noneMatch(m -> m.text().contains(inKharkiv.number()));
		assertThat(telegram.messagesTo(INSTALLATION_CHAT))
			.noneMatch(m -> m.text().contains(inBakhmut.number()) || m.text().contains(inKharkiv.number()));
	}

	@Test
	void everyoneIsToldTheirTeamAndOnlyAdminsManageTeams() {
		assertThat(anna.get("/api/me").json().at("/teams/0/name").asText()).isEqualTo("Донеччина");
		assertThat(carla.post("/api/teams", "{\"name\":\"x\",\"area\":[\"UA\"]}").status()).isEqualTo(403);
		assertThat(admin.post("/api/teams", "{\"name\":\"x\",\"area\":[\"Donetsk\"]}").status()).isEqualTo(400);
	}

	@Test
	void aCoordinatorMovesARequestToAnotherTeamAndItIsAudited() {
		Requests requests = evac.bean(Requests.class);
		EvacuationRequest border = requests.file(9104, "teams-4", Language.UK, RequestsFixtures.family());
		assertThat(queue(anna)).contains(border.number());

		Volunteer.Reply moved = carla.post("/api/requests/" + border.id() + "/team",
				"{\"team\":\"" + kharkivTeam + "\"}");

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(queue(anna)).doesNotContain(border.number());
		assertThat(queue(borys)).contains(border.number());
		assertThat(admin.get("/api/audit?request=" + border.id()).body()).contains("REQUEST_MOVED");
	}

}
