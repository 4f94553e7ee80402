package org.evac.app;

import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.place.Places;
import org.evac.domain.place.SaferTown;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hotlines and safer towns say where they were published and when someone last checked
 * them; coordinators see what nobody checked for 90 days, mark it checked, and take a
 * town under a mandatory evacuation order off the list in one step. Volunteers read,
 * never change.
 */
class ReferenceDataSaysHowFreshItIsTest {

	static final String DONETSK = "UA14000000000091971";

	static final String SLOVIANSK = "UA14120210010032554";

	static final String KRAMATORSK = "UA14120090010038661";

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	static Volunteer volunteer;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram);
		admin = Volunteer.admin(evac);
		volunteer = admin.createVolunteer("checker", "VOLUNTEER");
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	@Test
	void thePoliceEvacuationNumberNamesItsSourceAndTheFrontItServes() {
		JsonNode angels = hotline("donetsk-white-angels");

		assertThat(angels.get("oblastCode").asText()).isEqualTo(DONETSK);
		assertThat(angels.get("area").get("uk").asText()).isEqualTo("Бахмутський напрямок");
		assertThat(angels.get("provenance").get("source").asText()).contains("National Police")
			.contains("Bakhmut front");
		assertThat(angels.get("provenance").get("checkedOn").isNull()).isTrue();
		assertThat(hotline("emergency-112").get("area").isNull()).isTrue();
		assertThat(volunteer.get("/api/places/" + DONETSK + "/safer-towns")
			.json()
			.get(0)
			.get("provenance")
			.get("source")
			.asText()).contains("judgement");
	}

	@Test
	void coordinatorsSeeWhatNobodyCheckedFor90DaysAndMarkItChecked() {
		assertThat(codes(admin.get("/api/reference/unchecked").json())).contains("police-102", KRAMATORSK);

		Volunteer.Reply checked = admin.post("/api/hotlines/police-102/checked",
				"{\"source\":\"npu.gov.ua, checked by phone\"}");
		assertThat(checked.status()).isEqualTo(200);
		assertThat(checked.json().get("provenance").get("checkedOn").asText()).isEqualTo(today().toString());
		assertThat(checked.json().get("provenance").get("checkedBy").asText()).isEqualTo("admin");
		assertThat(admin.post("/api/safer-towns/" + KRAMATORSK + "/checked", "{}").status()).isEqualTo(200);

		JsonNode unchecked = admin.get("/api/reference/unchecked").json();
		assertThat(codes(unchecked)).doesNotContain("police-102", KRAMATORSK).contains("emergency-112");
		assertThat(hotline("police-102").get("provenance").get("source").asText())
			.isEqualTo("npu.gov.ua, checked by phone");
		assertThat(admin.get("/api/audit?account=admin").body()).contains("hotline police-102 checked")
			.contains("safer town " + KRAMATORSK + " checked");

		// 91 days later it is due again
		evac.mongo()
			.updateFirst(Query.query(Criteria.where("_id").is("police-102")),
					Update.update("provenance.checkedOn", today().minusDays(91)), "hotlines");
		assertThat(codes(admin.get("/api/reference/unchecked").json())).contains("police-102");
	}

	@Test
	void aTownUnderAMandatoryEvacuationOrderIsRetiredInOneStepAndNoLongerOffered() {
		assertThat(evac.bean(Places.class).saferTowns(DONETSK)).extracting(SaferTown::code).contains(SLOVIANSK);

		Volunteer.Reply retired = admin.post("/api/safer-towns/" + SLOVIANSK + "/evacuation-order",
				"{\"source\":\"Donetsk oblast military administration, order of the day\"}");

		assertThat(retired.status()).isEqualTo(200);
		assertThat(retired.json().get("active").asBoolean()).isFalse();
		assertThat(evac.bean(Places.class).saferTowns(DONETSK)).extracting(SaferTown::code).doesNotContain(SLOVIANSK);
		assertThat(codes(admin.get("/api/reference/unchecked").json())).doesNotContain(SLOVIANSK);
		assertThat(admin.get("/api/audit?account=admin").body())
			.contains("safer town " + SLOVIANSK + " retired: mandatory evacuation order");
	}

	@Test
	void volunteersReadTheReferenceDataButNeverChangeIt() {
		assertThat(volunteer.get("/api/hotlines").status()).isEqualTo(200);
		assertThat(volunteer.get("/api/reference/unchecked").status()).isEqualTo(403);
		assertThat(volunteer.post("/api/hotlines/police-102/checked", "{}").status()).isEqualTo(403);
		assertThat(volunteer.post("/api/safer-towns/" + KRAMATORSK + "/checked", "{}").status()).isEqualTo(403);
		assertThat(volunteer.post("/api/safer-towns/" + KRAMATORSK + "/evacuation-order", "{}").status())
			.isEqualTo(403);
		assertThat(evac.bean(Places.class).saferTowns(DONETSK)).extracting(SaferTown::code).contains(KRAMATORSK);
	}

	static JsonNode hotline(String code) {
		for (JsonNode hotline : volunteer.get("/api/hotlines").json()) {
			if (hotline.get("code").asText().equals(code)) {
				return hotline;
			}
		}
		throw new AssertionError("No hotline " + code);
	}

	static java.util.List<String> codes(JsonNode entries) {
		java.util.List<String> codes = new java.util.ArrayList<>();
		entries.forEach(e -> codes.add(e.get("code").asText()));
		return codes;
	}

	static LocalDate today() {
		return LocalDate.now(evac.bean(ZoneId.class));
	}

}
