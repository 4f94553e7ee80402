package org.evac.domain.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.evac.domain.i18n.Language;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What residents' messages, their erasure and the duplicate linker do to stored requests,
 * in a real database. What volunteers do is specified with the real casework, in
 * admin-api's {@code CaseworkTest}.
 */
class ThreadsErasureAndDuplicatesTest {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final TestDatabase database = new TestDatabase();

	private final List<Object> events = new ArrayList<>();

	private final Requests requests = new Requests(this.database.template(), Clock.fixed(NOW, ZoneOffset.UTC),
			this.events::add);

	private final DuplicateLinker linker = new DuplicateLinker(this.database.template(), this.requests);

	@AfterEach
	void close() {
		this.database.close();
	}

	private EvacuationRequest filed(long chatId, String phone, String address) {
		RequestDetails details = new RequestDetails(new PlaceRef("UA14020010010059145", "Бахмут"),
				new PlaceRef("UA14000000000091971", "Донецька область"), address, null, phone, null, 2, 0, Set.of(),
				Destination.undecided(), false);
		EvacuationRequest request = this.requests.file(chatId, chatId + "-1", Language.UK, details);
		this.linker.on(new RequestFiled(request.id(), request.number()));
		return this.requests.byId(request.id()).orElseThrow();
	}

	@Test
	void anyOpenStatusMayBeCancelled() {
		for (RequestStatus from : List.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.SCHEDULED)) {
			assertThat(StatusRules.allowedFrom(from)).contains(RequestStatus.CANCELLED, RequestStatus.UNREACHABLE);
		}
		assertThat(StatusRules.allowedFrom(RequestStatus.EVACUATED)).isEmpty();
	}

	@Test
	void aResidentsMessageIsAttachedOnceToTheirNewestOpenRequest() {
		EvacuationRequest request = filed(7L, "+380501234567", "вул. Миру, 5");

		this.requests.messageFromResident(7L, "u10", "we are in the basement");
		this.requests.messageFromResident(7L, "u10", "we are in the basement");
		this.requests.messageFromVolunteer(request.id(), "m1", "olena", "we come at 9");

		EvacuationRequest stored = this.requests.byId(request.id()).orElseThrow();
		assertThat(stored.thread()).extracting(ThreadMessage::from)
			.containsExactly(ThreadMessage.From.RESIDENT, ThreadMessage.From.VOLUNTEER);
		assertThat(stored.residentWaiting()).isFalse();
		assertThat(this.requests.messageFromResident(8L, "u11", "hello")).isEmpty();
	}

	@Test
	void aFloodOfMessagesStopsBeingAttachedWhenTheThreadIsFull() {
		filed(7L, "+380501234567", "вул. Миру, 5");
		for (int i = 0; i < EvacuationRequest.MAX_FROM_RESIDENT; i++) {
			assertThat(this.requests.messageFromResident(7L, "u" + i, "help")).isPresent();
		}

		assertThat(this.requests.messageFromResident(7L, "u-more", "help")).isEmpty();
	}

	@Test
	void erasingForgetsTheThreadAndNotes() {
		EvacuationRequest request = filed(7L, "+380501234567", "вул. Миру, 5");
		this.requests.messageFromResident(7L, "u10", "my neighbour Ivan too");
		this.requests.addNote(request.id(), "olena", "daughter's phone 067...");

		this.requests.eraseResident(7L);

		EvacuationRequest erased = this.requests.byId(request.id()).orElseThrow();
		assertThat(erased.thread()).isEmpty();
		assertThat(erased.notes()).isEmpty();
	}

	@Test
	void theSamePhoneOrTheSameAddressLinksBothRequests() {
		EvacuationRequest first = filed(7L, "+380501234567", "вул. Миру, 5, кв. 2");
		EvacuationRequest samePhone = filed(8L, "+380501234567", "пров. Тихий, 1");
		EvacuationRequest sameAddress = filed(9L, "+380671112233", "Миру 5 кв 2");
		EvacuationRequest other = filed(10L, "+380939998877", "вул. Миру, 7");

		assertThat(this.requests.byId(first.id()).orElseThrow().possibleDuplicates()).extracting(DuplicateLink::number)
			.containsExactlyInAnyOrder(samePhone.number(), sameAddress.number());
		assertThat(samePhone.possibleDuplicates()).extracting(DuplicateLink::reason).containsExactly("same phone");
		assertThat(sameAddress.possibleDuplicates()).extracting(DuplicateLink::reason).containsExactly("same address");
		assertThat(other.possibleDuplicates()).isEmpty();
	}

	@Test
	void aWholeBuildingOfRequestsLinksOnlyAFewToEachOther() {
		List<EvacuationRequest> building = new ArrayList<>();
		for (long flat = 1; flat <= 15; flat++) {
			building.add(filed(100 + flat, "+38050000" + (1000 + flat), "вул. Миру, 5"));
		}

		EvacuationRequest last = building.get(14);
		assertThat(last.possibleDuplicates()).hasSize(EvacuationRequest.MOST_DUPLICATES)
			.extracting(DuplicateLink::number)
			.containsExactlyInAnyOrderElementsOf(
					building.subList(0, 10).stream().map(EvacuationRequest::number).toList());
		assertThat(building).allSatisfy(
				request -> assertThat(this.requests.byId(request.id()).orElseThrow().possibleDuplicates().size())
					.isBetween(1, EvacuationRequest.MOST_DUPLICATES));
	}

	@Test
	void aNewRequestIsAnnouncedOnce() {
		filed(7L, "+380501234567", "вул. Миру, 5");
		this.requests.file(7L, "7-1", Language.UK, null);

		assertThat(this.events).hasSize(1).first().isInstanceOf(RequestFiled.class);
	}

}
