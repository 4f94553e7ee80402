package org.evac.admin.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.evac.domain.i18n.Language;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.Destination;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.Requests;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared point as volunteers get it: a link that opens a map, and how far it is from
 * the settlement the request names; only with the personal fields.
 */
class RequestViewLocationTest {

	private static final SettlementRegister REGISTER = new SettlementRegister(
			new ClassPathResource("seeds/settlements.csv"));

	private static final PlaceRef BAKHMUT = new PlaceRef("UA14020010010059145", "Бахмут");

	private static final PlaceRef VILLAGE_WITHOUT_OWN_POINT = new PlaceRef("UA14120030020038744", "Новогригорівка");

	private final TestDatabase database = new TestDatabase();

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

	private final Requests requests = new Requests(this.database.template(), this.clock);

	private final Urgency urgency = new Urgency(this.clock.instant(), Duration.ofHours(24));

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void linksThePointToAMapAndGivesItsDistanceFromTheSettlement() {
		EvacuationRequest request = file(BAKHMUT, new GeoPoint(48.612, 37.999));

		RequestView.Location location = RequestDetailView.of(request, true, this.urgency, REGISTER)
			.request()
			.location();

		assertThat(location.mapUrl())
			.isEqualTo("https://www.openstreetmap.org/?mlat=48.61200&mlon=37.99900#map=15/48.61200/37.99900");
		assertThat(location.distanceKm()).isEqualTo(2.0);
	}

	@Test
	void givesNoDistanceFromASettlementKnownOnlyByItsHromadasCentroid() {
		EvacuationRequest request = file(VILLAGE_WITHOUT_OWN_POINT, new GeoPoint(48.56, 37.51));

		RequestView.Location location = RequestView.of(request, true, this.urgency, REGISTER).location();

		assertThat(location.mapUrl()).startsWith("https://www.openstreetmap.org/?mlat=48.56000&mlon=37.51000");
		assertThat(location.distanceKm()).isNull();
	}

	@Test
	void showsNoPointWithoutThePersonalFields() {
		EvacuationRequest request = file(BAKHMUT, new GeoPoint(48.612, 37.999));

		assertThat(RequestView.of(request, false, this.urgency, REGISTER).location()).isNull();
	}

	private EvacuationRequest file(PlaceRef settlement, GeoPoint point) {
		return this.requests.file(1, "draft-1", Language.UK,
				new RequestDetails(settlement, new PlaceRef("UA14000000000091971", "Донецька область"), null, point,
						"+380500000001", null, 1, 0, Set.of(), Destination.undecided(), false));
	}

}
