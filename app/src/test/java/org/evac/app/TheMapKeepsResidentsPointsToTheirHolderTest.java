package org.evac.app;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.Filing;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.i18n.Language;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map's markers over HTTP: a resident's shared point is shown only to the volunteer
 * holding their request; everyone else, coordinators too, sees the request at its
 * settlement's point. The queue's filters apply on the map.
 */
class TheMapKeepsResidentsPointsToTheirHolderTest {

	static final double LAT = 48.595;

	static final double LON = 38.0;

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	static Volunteer olena;

	static Volunteer taras;

	static String shared;

	static String typed;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram);
		admin = Volunteer.admin(evac);
		olena = admin.createVolunteer("olena", "VOLUNTEER");
		taras = admin.createVolunteer("taras", "VOLUNTEER");
		shared = filesSharingHerLocation(new Resident(telegram, 7201L, Language.UK, evac));
		typed = Filing.files(new Resident(telegram, 7202L, Language.UK, evac), "Бахмут", "вул. Миру, 3",
				"050 765 43 29");
		String id = admin.get("/api/requests/" + shared).json().get("id").asText();
		assertThat(olena.post("/api/requests/" + id + "/claim").status()).isEqualTo(200);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	@Test
	void theVolunteerHoldingARequestSeesTheSharedPoint() {
		JsonNode marker = marker(olena.get("/api/map/markers").json(), shared);

		assertThat(marker.get("exact").asBoolean()).isTrue();
		assertThat(marker.get("lat").asDouble()).isEqualTo(LAT);
		assertThat(marker.get("lon").asDouble()).isEqualTo(LON);
	}

	@Test
	void othersAndCoordinatorsSeeOnlyTheSettlementsPoint() {
		for (Volunteer someoneElse : List.of(taras, admin)) {
			Volunteer.Reply reply = someoneElse.get("/api/map/markers");
			JsonNode markers = reply.json();
			JsonNode marker = marker(markers, shared);
			JsonNode settlement = marker(markers, typed);

			assertThat(marker.get("exact").asBoolean()).isFalse();
			assertThat(marker.get("lat").asDouble()).isEqualTo(settlement.get("lat").asDouble());
			assertThat(marker.get("lon").asDouble()).isEqualTo(settlement.get("lon").asDouble());
			assertThat(reply.body()).doesNotContain(String.valueOf(LAT));
		}
	}

	@Test
	void theQueuesFiltersApplyOnTheMap() {
		assertThat(numbers(olena.get("/api/map/markers?claimedBy=me").json())).containsExactly(shared);
		assertThat(numbers(olena.get("/api/map/markers?claimedBy=none").json())).contains(typed).doesNotContain(shared);
		assertThat(numbers(taras.get("/api/map/markers?claimedBy=me").json())).isEmpty();
		assertThat(numbers(olena.get("/api/map/markers?status=NEW&status=SCHEDULED").json())).contains(typed, shared);
		assertThat(numbers(olena.get("/api/map/markers?status=EVACUATED").json())).isEmpty();
	}

	private static String filesSharingHerLocation(Resident resident) {
		resident.says("/start");
		resident.tapsLabelOf("who.SELF");
		resident.sharesLocation(LAT, LON);
		resident.says("вул. Шевченка, 12");
		resident.says("050 765 43 28");
		resident.tapsLabelOf("second-phone.skip");
		resident.taps("1");
		resident.tapsLabelOf("mobility.WALKS");
		resident.tapsLabelOf("danger.no");
		resident.tapsLabelOf("ready.NOW");
		resident.tapsLabelOf("destination.UNDECIDED");
		resident.tapsLabelOf("answer.skip");
		resident.tapsLabelOf("summary.confirm");
		return resident.lastMessage().text().replaceAll("(?s).*?(EV-\\d+).*", "$1");
	}

	private static JsonNode marker(JsonNode markers, String number) {
		for (JsonNode marker : markers.get("markers")) {
			if (marker.get("number").asText().equals(number)) {
				return marker;
			}
		}
		throw new AssertionError(number + " is not on the map: " + markers);
	}

	private static List<String> numbers(JsonNode markers) {
		List<String> numbers = new ArrayList<>();
		markers.get("markers").forEach(m -> numbers.add(m.get("number").asText()));
		return numbers;
	}

}
