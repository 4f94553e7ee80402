package org.evac.domain.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.evac.domain.i18n.Language;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests stored while the details were a record of typed fields read unchanged now that
 * they are a map of answers, and are written back in the same shape.
 */
class RequestsStoredBeforeAnswerMapTest {

	private final TestDatabase database = new TestDatabase();

	private final Requests requests = new Requests(this.database.template(),
			Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

	@AfterEach
	void close() {
		this.database.close();
	}

	/**
	 * The details as Spring Data wrote the record {@code RequestDetails} of 11 fields.
	 */
	private static Document detailsAsStoredBefore() {
		return new Document("settlement", new Document("code", "UA14020010010059145").append("name", "Бахмут"))
			.append("oblast", new Document("code", "UA14000000000091971").append("name", "Донецька область"))
			.append("address", "вул. Миру, 5")
			.append("location", new Document("lat", 48.59).append("lon", 38.0))
			.append("phone", "+380501234567")
			.append("householdSize", 3)
			.append("children", 1)
			.append("needs", List.of("ELDERLY", "PETS"))
			.append("destination",
					new Document("kind", "SAFER_TOWN").append("oblast", new Document("name", "Донецька область"))
						.append("town", new Document("code", "UA14120090010038661").append("name", "Краматорськ")))
			.append("accommodationNeeded", true);
	}

	private EvacuationRequest storedBefore() {
		EvacuationRequest filed = this.requests.file(7L, "7-1", Language.UK, RequestsFixtures.family());
		this.database.template()
			.getCollection("requests")
			.updateOne(new Document("_id", new org.bson.types.ObjectId(filed.id())),
					new Document("$set", new Document("details", detailsAsStoredBefore())));
		return this.requests.byId(filed.id()).orElseThrow();
	}

	@Test
	void readsTheDetailsOfARequestStoredBefore() {
		RequestDetails details = storedBefore().details();

		assertThat(details.settlement()).isEqualTo(new PlaceRef("UA14020010010059145", "Бахмут"));
		assertThat(details.oblast().name()).isEqualTo("Донецька область");
		assertThat(details.address()).isEqualTo("вул. Миру, 5");
		assertThat(details.location()).isEqualTo(new GeoPoint(48.59, 38.0));
		assertThat(details.phone()).isEqualTo("+380501234567");
		assertThat(details.secondPhone()).isNull();
		assertThat(details.householdSize()).isEqualTo(3);
		assertThat(details.children()).isEqualTo(1);
		assertThat(details.needs()).containsExactlyInAnyOrder(SpecialNeed.ELDERLY, SpecialNeed.PETS);
		assertThat(details.destination()).isEqualTo(Destination.saferTown(PlaceRef.named("Донецька область"),
				new PlaceRef("UA14120090010038661", "Краматорськ")));
		assertThat(details.accommodationNeeded()).isTrue();
		assertThat(details.who()).isEqualTo(WhoLeaves.SELF);
		assertThat(details.mobility()).isNull();
		assertThat(details.dangerNow()).isFalse();
	}

	@Test
	void writesTheSameShapeItReads() {
		EvacuationRequest request = storedBefore();
		this.requests.change(request.id(), r -> r.amendByResident(r.details(), Instant.parse("2026-11-22T11:00:00Z")));

		Document stored = this.database.template()
			.getCollection("requests")
			.find(new Document("number", request.number()))
			.first();
		assertThat(stored.get("details", Document.class)).isEqualTo(detailsAsStoredBefore());
	}

	@Test
	void findsAStoredRequestByItsPhoneAsBefore() {
		EvacuationRequest request = storedBefore();

		assertThat(this.database.template()
			.find(Query.query(Criteria.where("details.phone").is("+380501234567")), EvacuationRequest.class))
			.extracting(EvacuationRequest::id)
			.containsExactly(request.id());
	}

	@Test
	void aNewAnswerIsOneMoreFieldOfTheDetails() {
		EvacuationRequest request = storedBefore();
		RequestDetails more = request.details().with(RequestDetails.DANGER, true).with("some-new-question", "так");
		this.database.template()
			.updateFirst(Query.query(Criteria.where("_id").is(request.id())), new Update().set("details", more),
					EvacuationRequest.class);

		Document stored = this.database.template()
			.getCollection("requests")
			.find(new Document("number", request.number()))
			.first()
			.get("details", Document.class);
		assertThat(stored.get("danger")).isEqualTo(true);
		assertThat(stored.get("some-new-question")).isEqualTo("так");
		assertThat(this.requests.byId(request.id()).orElseThrow().details().dangerNow()).isTrue();
	}

	@Test
	void erasingKeepsOnlyTheAnonymousAnswers() {
		RequestDetails details = RequestsFixtures.family()
			.with(RequestDetails.CREW_NOTE, "ключ під килимком")
			.with(RequestDetails.FILER_PHONE, "+48601234567")
			.with(RequestDetails.MOBILITY, Mobility.STRETCHER);

		RequestDetails erased = details.withoutPersonalData();

		assertThat(erased.answers().values()).doesNotContainKeys("address", "location", "phone", "secondPhone",
				"crew-note", "filer-phone");
		assertThat(erased.mobility()).isEqualTo(Mobility.STRETCHER);
		assertThat(erased.householdSize()).isEqualTo(details.householdSize());
		assertThat(erased.needs()).isEqualTo(details.needs());
		assertThat(Set.copyOf(erased.answers().values().keySet())).isSubsetOf(RequestDetails.ANONYMOUS);
	}

}
