package org.evac.admin.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.evac.admin.requests.Urgency;
import org.evac.domain.i18n.Language;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.Destination;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.Requests;
import org.evac.domain.request.SpecialNeed;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Filling a van from the queue, on a real database. */
class FillingTest {

	static final SettlementRegister REGISTER = new SettlementRegister(new ClassPathResource("seeds/settlements.csv"));

	static final PlaceRef BAKHMUT = new PlaceRef("UA14020010010059145", "Бахмут");

	static final PlaceRef KRAMATORSK = PlaceRef.named("Краматорськ");

	static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

	final TestDatabase database = new TestDatabase();

	Instant now = START;

	final Clock clock = new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return FillingTest.this.now;
		}

	};

	final Requests requests = new Requests(this.database.template(), this.clock);

	final Candidates candidates = new Candidates(this.database.template(), REGISTER);

	long chat = 1;

	@AfterEach
	void close() {
		this.database.close();
	}

	EvacuationRequest file(PlaceRef settlement, GeoPoint point, int people, int children, Set<SpecialNeed> needs) {
		this.now = this.now.plus(Duration.ofMinutes(10));
		long id = this.chat++;
		return this.requests.file(id, "draft-" + id, Language.UK,
				new RequestDetails(settlement, new PlaceRef("UA14", "Донецька область"), "вул. 1", point,
						"+38050000000" + id, null, people, children, needs, Destination.undecided(), false));
	}

	EvacuationRequest file(int people, int children, Set<SpecialNeed> needs) {
		return file(BAKHMUT, null, people, children, needs);
	}

	static Run van(int seats, int stretcherPlaces) {
		return Run.plan(new RunPlan(LocalDate.of(2026, 11, 23), BAKHMUT, null, null, seats, stretcherPlaces, "School",
				null, "van", null), "olena", START);
	}

	List<String> filled(Run run) {
		return Filling
			.choose(this.candidates.of(run, new Urgency(this.now, Duration.ofHours(24))), run.volunteer(),
					run.seatsLeft(), run.stretcherPlacesLeft())
			.stream()
			.map(EvacuationRequest::number)
			.toList();
	}

	@Test
	void takesTheMostUrgentHouseholdsThatFitAndNeverSplitsOne() {
		EvacuationRequest five = file(5, 0, Set.of());
		EvacuationRequest three = file(3, 0, Set.of());
		EvacuationRequest alone = file(1, 0, Set.of());
		EvacuationRequest children = file(4, 2, Set.of());
		EvacuationRequest bedridden = file(2, 0, Set.of(SpecialNeed.BEDRIDDEN));
		EvacuationRequest bedriddenAlone = file(1, 0, Set.of(SpecialNeed.BEDRIDDEN));

		// 8 seats, 1 stretcher: the bedridden one of two lies, the other sits (1); the
		// second stretcher case does not fit; the children (4); five, who waited longest,
		// do not fit in the 3 seats left and are not split; three fit; then nobody
		assertThat(filled(van(8, 1))).containsExactly(bedridden.number(), children.number(), three.number());
		assertThat(filled(van(8, 2))).containsExactly(bedridden.number(), bedriddenAlone.number(), children.number(),
				three.number());
		assertThat(filled(van(20, 0))).containsExactly(children.number(), five.number(), three.number(),
				alone.number());
	}

	@Test
	void passesOverRequestsSomeoneElseHoldsAndTakesTheVolunteersOwn() {
		EvacuationRequest taras = file(1, 0, Set.of());
		EvacuationRequest olena = file(1, 0, Set.of());
		EvacuationRequest nobody = file(1, 0, Set.of());
		this.requests.claim(taras.id(), "taras");
		this.requests.claim(olena.id(), "olena");

		assertThat(filled(van(8, 0))).containsExactly(olena.number(), nobody.number());
	}

	@Test
	void passesOverRequestsInAnotherRunAndClosedOnes() {
		EvacuationRequest inRun = file(1, 0, Set.of());
		EvacuationRequest evacuated = file(1, 0, Set.of());
		EvacuationRequest free = file(1, 0, Set.of());
		this.requests.change(inRun.id(), r -> r.joinRun("another-run", "olena", this.now));
		this.requests.change(evacuated.id(), r -> r.cancelByResident(this.now));

		assertThat(filled(van(8, 0))).containsExactly(free.number());
	}

	@Test
	void aCircleTakesSharedPointsAndSettlementsWithinItAndASettlementOnlyItsOwn() {
		EvacuationRequest inBakhmut = file(BAKHMUT, null, 1, 0, Set.of());
		EvacuationRequest sharedNearby = file(KRAMATORSK, new GeoPoint(48.60, 38.01), 1, 0, Set.of());
		EvacuationRequest sharedFarAway = file(BAKHMUT, new GeoPoint(48.74, 37.58), 1, 0, Set.of());
		file(KRAMATORSK, null, 1, 0, Set.of());
		Run circle = Run.plan(new RunPlan(LocalDate.of(2026, 11, 23), null, new GeoPoint(48.594, 37.999), 5.0, 8, 0,
				"School", null, "van", null), "olena", START);

		assertThat(filled(circle)).containsExactly(inBakhmut.number(), sharedNearby.number());
		assertThat(filled(van(8, 0))).containsExactly(inBakhmut.number(), sharedFarAway.number());
	}

	@Test
	void aRequestInARunCannotBeClaimedBySomeoneElse() {
		EvacuationRequest request = file(1, 0, Set.of());
		this.requests.change(request.id(), r -> r.joinRun("run-1", "olena", this.now));

		assertThat(this.requests.byId(request.id()).orElseThrow().claimedBy()).isEqualTo("olena");
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> this.requests.claim(request.id(), "taras"))
			.withMessageContaining("olena");
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> this.requests.change(request.id(), r -> r.joinRun("run-2", "olena", this.now)))
			.withMessageContaining("another run");
	}

}
