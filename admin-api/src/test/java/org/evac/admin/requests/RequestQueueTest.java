package org.evac.admin.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.evac.admin.security.Actor;
import org.evac.domain.account.Role;
import org.evac.domain.i18n.Language;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.Destination;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Mobility;
import org.evac.domain.request.Readiness;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.domain.request.SpecialNeed;
import org.evac.domain.request.WhoLeaves;
import org.evac.domain.testing.TestDatabase;
import org.bson.Document;
import org.evac.domain.request.QueueGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/** The order volunteers work in, and the filters, on a real database. */
class RequestQueueTest {

	private static final SettlementRegister REGISTER = new SettlementRegister(
			new ClassPathResource("seeds/settlements.csv"));

	static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

	final TestDatabase database = new TestDatabase();

	final MutableClock clock = new MutableClock(START);

	final Requests requests = new Requests(this.database.template(), this.clock);

	final RequestQueue queue = new RequestQueue(this.database.template(), this.clock,
			new QueueProperties(Duration.ofHours(24)));

	final Actor olena = new Actor("olena", Role.VOLUNTEER);

	long chat = 1;

	@AfterEach
	void close() {
		this.database.close();
	}

	EvacuationRequest file(String settlement, int children, Set<SpecialNeed> needs) {
		this.clock.advance(Duration.ofMinutes(10));
		long id = this.chat++;
		return this.requests.file(id, "draft-" + id, Language.UK,
				new RequestDetails(PlaceRef.named(settlement), new PlaceRef("UA14", "Донецька область"), "вул. 1", null,
						"+38050000000" + id, null, 1 + children, children, needs, Destination.undecided(), false));
	}

	List<String> order(QueueFilter filter) {
		return this.queue.page(filter, this.olena).content().stream().map(EvacuationRequest::number).toList();
	}

	static QueueFilter all() {
		return new QueueFilter(List.of(), null, null, null, null, 0, 50);
	}

	@Test
	void stretcherCasesFirstThenEscalatedThenChildrenThenWhoeverWaitsLongest() {
		EvacuationRequest alone = file("Бахмут", 0, Set.of());
		EvacuationRequest aloneLater = file("Бахмут", 0, Set.of());
		EvacuationRequest children = file("Бахмут", 2, Set.of());
		EvacuationRequest bedridden = file("Бахмут", 0, Set.of(SpecialNeed.BEDRIDDEN));
		EvacuationRequest blocked = file("Бахмут", 0, Set.of());
		this.requests.markTelegramUnreachable(this.chat - 1);

		assertThat(order(all())).containsExactly(bedridden.number(), blocked.number(), children.number(),
				alone.number(), aloneLater.number());
	}

	EvacuationRequest file(RequestDetails details) {
		this.clock.advance(Duration.ofMinutes(10));
		long id = this.chat++;
		return this.requests.file(id, "draft-" + id, Language.UK, details);
	}

	RequestDetails household(int children) {
		return new RequestDetails(PlaceRef.named("Бахмут"), new PlaceRef("UA14", "Донецька область"), "вул. 1", null,
				"+38050000000" + this.chat, null, 1 + children, children, Set.of(), Destination.undecided(), false);
	}

	@Test
	void dangerNowAndStretcherCasesComeBeforeEveryoneElseWithTheReasonOnTheirRow() {
		EvacuationRequest waiting = file(household(0));
		EvacuationRequest children = file(household(3).with(RequestDetails.READY, Readiness.NOW));
		EvacuationRequest stretcher = file(household(0).with(RequestDetails.MOBILITY, Mobility.STRETCHER));
		EvacuationRequest wheelchair = file(household(0).with(RequestDetails.MOBILITY, Mobility.WHEELCHAIR));
		EvacuationRequest danger = file(household(0).with(RequestDetails.DANGER, true));
		EvacuationRequest safe = file(household(1).with(RequestDetails.DANGER, false));
		EvacuationRequest blocked = file(household(0));
		this.requests.markTelegramUnreachable(this.chat - 1);

		assertThat(order(all())).containsExactly(danger.number(), stretcher.number(), blocked.number(),
				children.number(), safe.number(), wheelchair.number(), waiting.number());
		Urgency urgency = this.queue.urgency();
		assertThat(this.queue.page(all(), this.olena)
			.content()
			.stream()
			.map(r -> RequestView.of(r, false, urgency, REGISTER).rankedFor()))
			.containsExactly(Urgency.Reason.DANGER_NOW, Urgency.Reason.STRETCHER, Urgency.Reason.RAISED,
					Urgency.Reason.CHILDREN, Urgency.Reason.CHILDREN, Urgency.Reason.WAITING, Urgency.Reason.WAITING);
	}

	@Test
	void showsEveryAnswerToWhoTookTheRequestAndOnlyAnonymousOnesToOthers() {
		EvacuationRequest request = file(household(0).with(RequestDetails.WHO, WhoLeaves.SOMEONE_ELSE)
			.with(RequestDetails.FILER_PHONE, "+48601234567")
			.with(RequestDetails.MOBILITY, Mobility.STRETCHER)
			.with(RequestDetails.FLOOR, 3)
			.with(RequestDetails.LIFT, false)
			.with(RequestDetails.CREW_NOTE, "Ключ у сусідки"));
		Urgency urgency = this.queue.urgency();

		assertThat(RequestView.of(request, true, urgency, REGISTER).answers()).containsEntry("who", "SOMEONE_ELSE")
			.containsEntry("filer-phone", "+48601234567")
			.containsEntry("mobility", "STRETCHER")
			.containsEntry("floor", 3)
			.containsEntry("lift", false)
			.containsEntry("crew-note", "Ключ у сусідки")
			.doesNotContainKeys("phone", "address", "settlement");
		assertThat(RequestView.of(request, false, urgency, REGISTER).answers()).containsEntry("mobility", "STRETCHER")
			.containsEntry("who", "SOMEONE_ELSE")
			.doesNotContainKeys("filer-phone", "crew-note", "floor");
	}

	@Test
	void aRequestTheFollowUpsRaisedForADaysSilenceComesFirst() {
		EvacuationRequest old = file("Бахмут", 0, Set.of());
		this.clock.advance(Duration.ofHours(25));
		EvacuationRequest children = file("Бахмут", 1, Set.of());
		raisedByTheFollowUps(old);

		RequestQueue.Result result = this.queue.page(all(), this.olena);

		assertThat(result.content()).extracting(EvacuationRequest::number)
			.containsExactly(old.number(), children.number());
		assertThat(result.urgency().stale(result.content().get(0))).isTrue();
		assertThat(result.urgency().waitingMinutes(result.content().get(0))).isEqualTo(25 * 60 + 10);
	}

	@Test
	void readingTheQueueNeverWrites() {
		EvacuationRequest old = file("Бахмут", 0, Set.of());
		this.clock.advance(Duration.ofHours(25));
		file("Бахмут", 1, Set.of());
		Document before = stored(old);

		this.queue.page(all(), this.olena);
		this.queue.page(new QueueFilter(List.of(), "UA14", "Бахмут", null, null, 0, 50), this.olena);

		assertThat(stored(old)).as("stale, but raised by the follow-ups' tick, not by a page").isEqualTo(before);
	}

	private Document stored(EvacuationRequest request) {
		return this.database.template().findById(request.id(), Document.class, "requests");
	}

	/**
	 * What the follow-ups' tick does (bot: StaleRequests) to a request a day untouched.
	 */
	private void raisedByTheFollowUps(EvacuationRequest request) {
		this.database.template()
			.updateFirst(Query.query(Criteria.where("_id").is(request.id())),
					Update.update("queueGroup", QueueGroup.RAISED.stored()), "requests");
	}

	@Test
	void filtersByClaimSettlementStatusAndWords() {
		EvacuationRequest mine = file("Бахмут", 0, Set.of());
		EvacuationRequest free = file("Часів Яр", 0, Set.of());
		EvacuationRequest closed = file("Часів Яр", 0, Set.of());
		this.requests.claim(mine.id(), "olena");
		this.requests.changeStatus(closed.id(), RequestStatus.CANCELLED, "olena", null, null);

		assertThat(order(new QueueFilter(List.of(), null, null, "me", null, 0, 50))).containsExactly(mine.number());
		assertThat(order(new QueueFilter(List.of(), null, null, "none", null, 0, 50))).containsExactly(free.number());
		assertThat(order(new QueueFilter(List.of(), null, "Часів Яр", null, null, 0, 50)))
			.containsExactly(free.number());
		assertThat(order(new QueueFilter(List.of(RequestStatus.CANCELLED), null, null, null, null, 0, 50)))
			.containsExactly(closed.number());
		assertThat(order(new QueueFilter(List.of(), "UA14", null, null, "часів", 0, 50)))
			.containsExactly(free.number());
		assertThat(order(new QueueFilter(List.of(), "UA99", null, null, null, 0, 50))).isEmpty();
	}

	@Test
	void pagesThroughTheQueue() {
		for (int i = 0; i < 5; i++) {
			file("Бахмут", 0, Set.of());
		}

		RequestQueue.Result second = this.queue.page(new QueueFilter(List.of(), null, null, null, null, 1, 2),
				this.olena);

		assertThat(second.total()).isEqualTo(5);
		assertThat(second.content()).extracting(EvacuationRequest::number).containsExactly("EV-1003", "EV-1004");
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
