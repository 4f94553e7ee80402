package org.evac.domain.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.evac.domain.i18n.Language;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the bot's check-ins and reminders leave on a request, stored in a real database.
 */
class RequestFollowUpTest {

	private static final Instant FILED = Instant.parse("2026-11-22T10:00:00Z");

	private final TestDatabase database = new TestDatabase();

	private final Requests requests = new Requests(this.database.template(), Clock.fixed(FILED, ZoneOffset.UTC));

	@AfterEach
	void close() {
		this.database.close();
	}

	private EvacuationRequest filed() {
		return this.requests.file(7L, "7-1", Language.UK, RequestsTest.family());
	}

	private EvacuationRequest change(EvacuationRequest request, java.util.function.Consumer<EvacuationRequest> change) {
		return this.requests.change(request.id(), change).orElseThrow();
	}

	@Test
	void countsACheckInAsMissedOnlyWhenTheNextOneGoesOutUnanswered() {
		EvacuationRequest request = filed();
		request = change(request, r -> r.checkInSent(1, FILED.plus(Duration.ofDays(1))));
		assertThat(request.followUp().missed()).isZero();
		request = change(request, r -> r.checkInSent(2, FILED.plus(Duration.ofDays(2))));
		assertThat(request.followUp().missed()).isEqualTo(1);
		request = change(request, r -> r.stillNeededByResident(FILED.plus(Duration.ofDays(2).plusHours(1))));
		assertThat(request.followUp().missed()).isZero();
		request = change(request, r -> r.checkInSent(3, FILED.plus(Duration.ofDays(3))));

		assertThat(request.followUp().missed()).isZero();
		assertThat(request.followUp().checkIns()).isEqualTo(3);
		assertThat(request.followUp().lastCheckInAt()).isEqualTo(FILED.plus(Duration.ofDays(3)));
	}

	@Test
	void hearingOfTheSameCheckInTwiceCountsItOnce() {
		EvacuationRequest request = filed();
		request = change(request, r -> r.checkInSent(1, FILED.plusSeconds(60)));
		request = change(request, r -> r.checkInSent(1, FILED.plusSeconds(120)));

		assertThat(request.followUp().checkIns()).isEqualTo(1);
		assertThat(request.followUp().lastCheckInAt()).isEqualTo(FILED.plusSeconds(60));
	}

	@Test
	void aPostponedRequestThatIsStillNeededGoesBackToWhereItWas() {
		EvacuationRequest request = filed();
		request = change(request, r -> r.deferredByResident(FILED.plusSeconds(60)));
		assertThat(request.status()).isEqualTo(RequestStatus.DEFERRED);
		request = change(request, r -> r.stillNeededByResident(FILED.plusSeconds(120)));

		assertThat(request.status()).isEqualTo(RequestStatus.NEW);
		assertThat(request.history()).extracting(StatusChange::to)
			.containsExactly(RequestStatus.NEW, RequestStatus.DEFERRED, RequestStatus.NEW);
		assertThat(request.statusSince()).isEqualTo(FILED.plusSeconds(120));
	}

	@Test
	void postponingAScheduledPickupRaisesTheRequestForTheCrew() {
		EvacuationRequest request = change(filed(),
				r -> r.schedulePickup(new Pickup(FILED.plus(Duration.ofDays(1)), "School No. 3"), "volunteer",
						FILED.plusSeconds(60)));
		request = change(request, r -> r.deferredByResident(FILED.plusSeconds(120)));

		assertThat(request.status()).isEqualTo(RequestStatus.DEFERRED);
		assertThat(request.needsAttention()).isTrue();
		EvacuationRequest waiting = this.requests.file(8L, "8-1", Language.UK, RequestsTest.family());
		assertThat(change(waiting, r -> r.deferredByResident(FILED.plusSeconds(120))).needsAttention()).isFalse();
	}

	@Test
	void aResidentWhoLeftClosesTheRequestAsSelfEvacuated() {
		EvacuationRequest request = change(filed(), r -> r.selfEvacuatedByResident(FILED.plusSeconds(60)));

		assertThat(request.status()).isEqualTo(RequestStatus.SELF_EVACUATED);
		assertThatIllegalStateException().isThrownBy(() -> request.stillNeededByResident(FILED.plusSeconds(90)));
	}

	@Test
	void reportingSilenceRaisesTheRequestUntilTheNextAnswer() {
		EvacuationRequest request = filed();
		int before = request.priority();
		request = change(request, r -> r.reportSilence(FILED.plusSeconds(60)));
		assertThat(request.needsAttention()).isTrue();
		assertThat(request.priority()).isGreaterThan(before);
		assertThat(request.followUp().silenceReportedAt()).isEqualTo(FILED.plusSeconds(60));

		request = change(request, r -> r.stillNeededByResident(FILED.plusSeconds(90)));
		assertThat(request.followUp().silenceReportedAt()).isNull();
	}

	@Test
	void correctedAnswersKeepTheNumberAndStatus() {
		EvacuationRequest request = filed();
		RequestDetails alone = new RequestDetails(null, null, "вул. Нова, 1", null, "+380501234567", null, 1, 0,
				Set.of(SpecialNeed.BEDRIDDEN), Destination.undecided(), false);
		request = change(request, r -> r.amendByResident(alone, FILED.plusSeconds(60)));

		assertThat(request.number()).isEqualTo("EV-1001");
		assertThat(request.status()).isEqualTo(RequestStatus.NEW);
		assertThat(request.details().address()).isEqualTo("вул. Нова, 1");
		assertThat(request.priority()).isEqualTo(Priority.of(alone, false));
	}

	@Test
	void keepsThePickupAndTheReminderOfIt() {
		Instant at = FILED.plus(Duration.ofDays(1));
		EvacuationRequest request = change(filed(),
				r -> r.schedulePickup(new Pickup(at, "School No. 3"), "volunteer", FILED.plusSeconds(60)));
		request = change(request, r -> r.pickupReminded(at));

		EvacuationRequest stored = this.requests.byId(request.id()).orElseThrow();
		assertThat(stored.status()).isEqualTo(RequestStatus.SCHEDULED);
		assertThat(stored.pickup()).isEqualTo(new Pickup(at, "School No. 3"));
		assertThat(stored.followUp().pickupRemindedFor()).isEqualTo(at);
	}

	@Test
	void listsOnlyOpenRequestsForFollowUps() {
		EvacuationRequest open = filed();
		EvacuationRequest closed = this.requests.file(8L, "8-1", Language.EN, RequestsTest.family());
		change(closed, r -> r.cancelByResident(FILED));

		assertThat(this.requests.open()).extracting(EvacuationRequest::id).containsExactly(open.id());
	}

}
