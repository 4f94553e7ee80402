package org.evac.domain.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.evac.domain.i18n.Language;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Requests as residents file, withdraw and erase them, stored in a real database. */
class RequestsTest {

	private final TestDatabase database = new TestDatabase();

	private final Requests requests = new Requests(this.database.template(),
			Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

	@AfterEach
	void close() {
		this.database.close();
	}

	static RequestDetails family() {
		return RequestsFixtures.family();
	}

	@Test
	void filesWithAShortNumber() {
		EvacuationRequest request = this.requests.file(7L, "7-1", Language.UK, family());

		assertThat(request.number()).isEqualTo("EV-1001");
		assertThat(request.status()).isEqualTo(RequestStatus.NEW);
		assertThat(this.requests.byNumber("EV-1001")).isPresent();
		assertThat(this.requests.file(8L, "8-1", Language.EN, family()).number()).isEqualTo("EV-1002");
	}

	@Test
	void filingTheSameDraftTwiceFilesOneRequest() {
		EvacuationRequest first = this.requests.file(7L, "7-1", Language.UK, family());
		EvacuationRequest second = this.requests.file(7L, "7-1", Language.UK, family());

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(this.requests.count()).isEqualTo(1);
	}

	@Test
	void childrenAndPeopleWhoCannotWalkComeFirst() {
		RequestDetails alone = new RequestDetails(null, null, null, null, "+380501234567", null, 1, 0, Set.of(),
				Destination.undecided(), false);
		RequestDetails bedridden = new RequestDetails(null, null, null, null, "+380501234567", null, 1, 0,
				Set.of(SpecialNeed.BEDRIDDEN), Destination.undecided(), false);

		assertThat(Priority.of(family(), false)).isGreaterThan(Priority.of(alone, false));
		assertThat(Priority.of(bedridden, false)).isGreaterThan(Priority.of(alone, false));
		assertThat(Priority.of(alone, true)).isGreaterThan(Priority.of(alone, false));
	}

	@Test
	void aResidentWithdrawsOnlyTheirOwnOpenRequest() {
		this.requests.file(7L, "7-1", Language.UK, family());

		assertThat(this.requests.cancelByResident(8L, "EV-1001")).isEmpty();
		assertThat(this.requests.cancelByResident(7L, "EV-1001")).hasValueSatisfying(r -> {
			assertThat(r.status()).isEqualTo(RequestStatus.CANCELLED);
			assertThat(r.history()).extracting(StatusChange::to)
				.containsExactly(RequestStatus.NEW, RequestStatus.CANCELLED);
		});
		assertThat(this.requests.cancelByResident(7L, "EV-1001")).isEmpty();
	}

	@Test
	void erasingKeepsOnlyWhatCannotIdentifyTheHousehold() {
		this.requests.file(7L, "7-1", Language.UK, family());

		assertThat(this.requests.eraseResident(7L)).hasSize(1);

		EvacuationRequest erased = this.requests.byNumber("EV-1001").orElseThrow();
		assertThat(erased.erased()).isTrue();
		assertThat(erased.chatId()).isZero();
		assertThat(erased.status()).isEqualTo(RequestStatus.CANCELLED);
		assertThat(erased.details().phone()).isNull();
		assertThat(erased.details().address()).isNull();
		assertThat(erased.details().location()).isNull();
		assertThat(erased.details().householdSize()).isEqualTo(3);
		assertThat(erased.details().settlement().name()).isEqualTo("Бахмут");
		assertThat(this.requests.ofChat(7L)).isEmpty();
	}

	@Test
	void aClosedRequestRefusesToMove() {
		EvacuationRequest request = this.requests.file(7L, "7-1", Language.UK, family());
		request.cancelByResident(Instant.now());

		assertThatIllegalStateException().isThrownBy(() -> request.cancelByResident(Instant.now()))
			.withMessageContaining("Current status: CANCELLED");
	}

	@Test
	void aBlockedResidentsRequestsNeedAPhoneCall() {
		this.requests.file(7L, "7-1", Language.UK, family());

		this.requests.markTelegramUnreachable(7L);

		EvacuationRequest request = this.requests.byNumber("EV-1001").orElseThrow();
		assertThat(request.telegramUnreachable()).isTrue();
		assertThat(request.needsAttention()).isTrue();
	}

}
