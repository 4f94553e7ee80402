package org.evac.admin.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.evac.admin.security.Actor;
import org.evac.domain.account.Role;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditEntry;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.SeedFiles;
import org.evac.domain.place.SeedProperties;
import org.evac.domain.request.ClaimedByOther;
import org.evac.domain.request.Destination;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.ClaimProperties;
import org.evac.domain.request.Requests;
import org.evac.domain.request.ResidentNotices;
import org.evac.domain.request.StatusChange;
import org.evac.domain.request.ThreadMessage;
import org.evac.domain.testing.TestDatabase;
import org.evac.outbox.EffectsRelay;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutboxListener;
import org.evac.outbox.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What volunteers do with a request, through the real {@link Casework} on a real
 * database: who may do what, what the request becomes, what is audited and what the
 * resident is told (and that nothing is left owing).
 */
class CaseworkTest {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final Messages MESSAGES = new Messages();

	private final TestDatabase database = new TestDatabase();

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final Requests requests = new Requests(this.database.template(), this.clock);

	private final Outbox outbox = new Outbox(this.database.template(), this.clock,
			new StaticListableBeanFactory().getBeanProvider(OutboxListener.class), Duration.ofSeconds(30));

	private final Casework casework = new Casework(this.requests,
			new EffectsRelay(this.requests, new AuditLog(this.database.template(), this.clock), this.outbox, this.clock,
					Duration.ofSeconds(30)),
			new ResidentNotices(MESSAGES, ZoneId.of("Europe/Kyiv"),
					new SeedFiles(new DefaultResourceLoader(), new SeedProperties("classpath:seeds/"))),
			this.clock, new ClaimLimits(this.database.template(), new ClaimProperties(2, 20), this.clock));

	private final Actor olena = new Actor("olena", Role.VOLUNTEER);

	private final Actor taras = new Actor("taras", Role.VOLUNTEER);

	private final Actor coordinator = new Actor("admin", Role.COORDINATOR);

	@AfterEach
	void close() {
		this.database.close();
	}

	private EvacuationRequest filed(long chatId) {
		RequestDetails details = new RequestDetails(new PlaceRef("UA14020010010059145", "Бахмут"), null,
				"вул. Миру, " + chatId, null, "+38050123" + (4000 + chatId), null, 2, 0, Set.of(),
				Destination.undecided(), false);
		return this.requests.file(chatId, chatId + "-1", Language.EN, details);
	}

	private List<AuditEntry> audit() {
		return this.database.template().find(new Query().with(Sort.by("at", "_id")), AuditEntry.class);
	}

	/** The one record of {@code action} (the clock stands still: time orders nothing). */
	private AuditEntry audited(AuditAction action) {
		List<AuditEntry> of = audit().stream().filter(e -> e.action() == action).toList();
		assertThat(of).hasSize(1);
		return of.get(0);
	}

	private List<String> toldTo(long chatId) {
		return this.database.template()
			.findAll(OutboxMessage.class)
			.stream()
			.filter(m -> m.chatId() == chatId)
			.map(m -> m.message().text())
			.toList();
	}

	private static String text(String key, Object... args) {
		return MESSAGES.text(Language.EN, key, args);
	}

	private static HttpStatus statusOf(Throwable thrown) {
		return HttpStatus.valueOf(((ResponseStatusException) thrown).getStatusCode().value());
	}

	@Test
	void findsARequestByItsIdOrByItsNumberAndSaysWhenThereIsNone() {
		EvacuationRequest request = filed(7L);

		assertThat(this.casework.find(request.id()).number()).isEqualTo(request.number());
		assertThat(this.casework.find(request.number()).id()).isEqualTo(request.id());
		assertThatThrownBy(() -> this.casework.find("EV-999999")).isInstanceOf(ResponseStatusException.class)
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.NOT_FOUND));
	}

	@Test
	void aClaimIsAuditedAndASecondVolunteerCannotTakeWhatTheFirstHolds() {
		EvacuationRequest request = filed(7L);

		EvacuationRequest claimed = this.casework.claim(request.number(), this.olena);

		assertThat(claimed.claimedBy()).isEqualTo("olena");
		assertThatThrownBy(() -> this.casework.claim(request.id(), this.taras)).isInstanceOf(ClaimedByOther.class)
			.hasMessageContaining("olena");
		assertThat(this.casework.claim(request.id(), this.olena).claimedBy()).isEqualTo("olena");
		assertThat(audit()).extracting(AuditEntry::account, AuditEntry::action, AuditEntry::requestId)
			.containsOnly(org.assertj.core.groups.Tuple.tuple("olena", AuditAction.CLAIM, request.id()));
		assertThat(toldTo(7L)).isEmpty();
	}

	@Test
	void aVolunteerHoldsNoMoreThanTheLimitOfOpenRequests() {
		this.casework.claim(filed(7L).id(), this.olena);
		this.casework.claim(filed(8L).id(), this.olena);
		String third = filed(9L).id();

		assertThatThrownBy(() -> this.casework.claim(third, this.olena))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.CONFLICT));
		assertThat(this.casework.claim(third, this.coordinator).claimedBy()).isEqualTo("admin");
	}

	@Test
	void aVolunteerWorksOnlyOnWhatTheyClaimedACoordinatorOnAny() {
		EvacuationRequest request = filed(7L);

		assertThatThrownBy(() -> this.casework.addNote(request.id(), this.olena, "called"))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.FORBIDDEN))
			.hasMessageContaining("Claim request " + request.number() + " first");
		this.casework.claim(request.id(), this.taras);
		assertThatThrownBy(
				() -> this.casework.changeStatus(request.id(), this.olena, RequestStatus.IN_PROGRESS, null, null))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.FORBIDDEN))
			.hasMessageContaining("claimed by taras");

		assertThat(this.casework.addNote(request.id(), this.coordinator, "called twice").notes()).hasSize(1);
	}

	@Test
	void movingTheRequestOnTellsTheResidentAndAuditsTheMoveWithoutTheNote() {
		EvacuationRequest request = filed(7L);
		this.casework.claim(request.id(), this.olena);

		EvacuationRequest moved = this.casework.changeStatus(request.id(), this.olena, RequestStatus.IN_PROGRESS,
				"her son answers", null);

		assertThat(moved.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(moved.pendingEffects()).isEmpty();
		assertThat(toldTo(7L)).containsExactly(text("notice.status.IN_PROGRESS", request.number()));
		assertThat(audited(AuditAction.CHANGE_STATUS)).satisfies(entry -> {
			assertThat(entry.detail()).isEqualTo("status NEW -> IN_PROGRESS");
		});
	}

	@Test
	void aScheduledPickupIsToldWithItsTimeInKyivAndItsPlace() {
		EvacuationRequest request = filed(7L);
		Pickup pickup = new Pickup(Instant.parse("2026-11-23T07:00:00Z"), "school No. 3");

		this.casework.changeStatus(request.id(), this.coordinator, RequestStatus.IN_PROGRESS, null, null);
		EvacuationRequest scheduled = this.casework.changeStatus(request.id(), this.coordinator,
				RequestStatus.SCHEDULED, "van 2", pickup);

		assertThat(scheduled.pickup()).isEqualTo(pickup);
		assertThat(toldTo(7L)).last()
			.asString()
			.startsWith(text("notice.status.SCHEDULED", request.number()) + "\n"
					+ text("notice.pickup.at", "23.11.2026 09:00") + "\n" + text("notice.pickup.place", "school No. 3")
					+ "\n\n" + text("filed.checklist"));
	}

	@Test
	void movesForwardBackFromScheduledAndClosesEachStepToldOnce() {
		String id = filed(7L).id();

		for (RequestStatus next : List.of(RequestStatus.IN_PROGRESS, RequestStatus.SCHEDULED, RequestStatus.IN_PROGRESS,
				RequestStatus.SCHEDULED, RequestStatus.EVACUATED)) {
			this.casework.changeStatus(id, this.coordinator, next, null, null);
		}

		EvacuationRequest done = this.casework.find(id);
		assertThat(done.history()).extracting(StatusChange::to)
			.containsExactly(RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.SCHEDULED,
					RequestStatus.IN_PROGRESS, RequestStatus.SCHEDULED, RequestStatus.EVACUATED);
		assertThat(toldTo(7L)).hasSize(5);
		assertThat(audit()).extracting(AuditEntry::action).containsOnly(AuditAction.CHANGE_STATUS).hasSize(5);
	}

	@Test
	void aForbiddenMoveIsRefusedWithItsReasonAndChangesNothing() {
		EvacuationRequest request = filed(7L);

		assertThatThrownBy(
				() -> this.casework.changeStatus(request.id(), this.coordinator, RequestStatus.EVACUATED, null, null))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.CONFLICT))
			.hasMessageContaining("cannot move from NEW to EVACUATED");
		this.casework.changeStatus(request.id(), this.coordinator, RequestStatus.UNREACHABLE, null, null);
		assertThatThrownBy(
				() -> this.casework.changeStatus(request.id(), this.coordinator, RequestStatus.IN_PROGRESS, null, null))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.CONFLICT));

		assertThat(audit()).hasSize(1);
		assertThat(toldTo(7L)).containsExactly(text("notice.status.UNREACHABLE", request.number()));
	}

	@Test
	void releasingPutsTheRequestBackAndNamesWhoHeldIt() {
		EvacuationRequest request = filed(7L);
		this.casework.claim(request.id(), this.olena);

		EvacuationRequest released = this.casework.release(request.id(), this.coordinator);

		assertThat(released.claimedBy()).isNull();
		assertThat(audited(AuditAction.RELEASE)).satisfies(entry -> {
			assertThat(entry.account()).isEqualTo("admin");
			assertThat(entry.detail()).isEqualTo("released, held by olena");
		});
		assertThatThrownBy(() -> this.casework.release(request.id(), this.coordinator))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.CONFLICT));
	}

	@Test
	void aNoteStaysWithTheTeamAndIsAuditedOnlyByItsLength() {
		EvacuationRequest request = filed(7L);
		this.casework.claim(request.id(), this.olena);

		EvacuationRequest noted = this.casework.addNote(request.id(), this.olena, "daughter's phone 067");

		assertThat(noted.notes()).singleElement()
			.satisfies(note -> assertThat(note.text()).isEqualTo("daughter's phone 067"));
		assertThat(audited(AuditAction.ADD_NOTE).detail()).isEqualTo("note of 20 characters");
		assertThat(toldTo(7L)).isEmpty();
	}

	@Test
	void aMessageGoesIntoTheThreadAndToTheResidentButNotIntoTheAudit() {
		EvacuationRequest request = filed(7L);
		this.casework.claim(request.id(), this.olena);

		EvacuationRequest written = this.casework.sendMessage(request.id(), this.olena, "we come at 9");

		assertThat(written.thread()).singleElement().satisfies(message -> {
			assertThat(message.from()).isEqualTo(ThreadMessage.From.VOLUNTEER);
			assertThat(message.text()).isEqualTo("we come at 9");
		});
		assertThat(toldTo(7L)).containsExactly(text("notice.message", request.number(), "we come at 9"));
		assertThat(audited(AuditAction.SEND_MESSAGE).detail()).isEqualTo("message of 12 characters");
	}

	@Test
	void noMessageGoesToAClosedRequestNorToAResidentWhoErasedTheirData() {
		EvacuationRequest closed = filed(7L);
		this.casework.changeStatus(closed.id(), this.coordinator, RequestStatus.CANCELLED, null, null);
		EvacuationRequest erased = filed(8L);
		this.casework.changeStatus(erased.id(), this.coordinator, RequestStatus.IN_PROGRESS, null, null);
		this.requests.eraseResident(8L);

		assertThatThrownBy(() -> this.casework.sendMessage(closed.id(), this.coordinator, "hello"))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.CONFLICT));
		assertThatThrownBy(() -> this.casework.sendMessage(erased.id(), this.coordinator, "hello"))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.CONFLICT));
		assertThat(toldTo(7L)).hasSize(1);
	}

	@Test
	void mergingClosesTheDuplicateTellsItsResidentAndNotesItOnTheRequestThatStays() {
		EvacuationRequest stays = filed(7L);
		EvacuationRequest duplicate = filed(8L);

		EvacuationRequest after = this.casework.merge(duplicate.number(), stays.number(), this.coordinator);

		assertThat(after.id()).isEqualTo(stays.id());
		assertThat(after.notes()).singleElement()
			.satisfies(note -> assertThat(note.text()).isEqualTo(duplicate.number() + " was merged into this request"));
		EvacuationRequest merged = this.casework.find(duplicate.id());
		assertThat(merged.status()).isEqualTo(RequestStatus.CANCELLED);
		assertThat(merged.mergedInto()).isEqualTo(stays.number());
		assertThat(toldTo(8L)).containsExactly(text("notice.merged", duplicate.number(), stays.number()));
		assertThat(toldTo(7L)).isEmpty();
		assertThat(audit()).extracting(AuditEntry::requestId, AuditEntry::detail)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(duplicate.id(), "merged into " + stays.number()),
					org.assertj.core.groups.Tuple.tuple(stays.id(), duplicate.number() + " merged into it"));
	}

	@Test
	void aRequestIsMergedNeitherIntoItselfNorIntoAClosedOne() {
		EvacuationRequest request = filed(7L);
		EvacuationRequest closed = filed(8L);
		this.casework.changeStatus(closed.id(), this.coordinator, RequestStatus.CANCELLED, null, null);

		assertThatThrownBy(() -> this.casework.merge(request.id(), request.number(), this.coordinator))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.CONFLICT));
		assertThatThrownBy(() -> this.casework.merge(request.id(), closed.number(), this.coordinator))
			.satisfies(thrown -> assertThat(statusOf(thrown)).isEqualTo(HttpStatus.CONFLICT))
			.hasMessageContaining("is closed");
		assertThat(this.casework.find(request.id()).status()).isEqualTo(RequestStatus.NEW);
	}

	@Test
	void nothingIsLeftOwingOnceAChangeReturns() {
		EvacuationRequest request = filed(7L);
		this.casework.claim(request.id(), this.olena);
		this.casework.sendMessage(request.id(), this.olena, "we come at 9");
		this.casework.changeStatus(request.id(), this.olena, RequestStatus.IN_PROGRESS, null, null);

		EvacuationRequest stored = this.requests.byId(request.id()).orElseThrow();
		assertThat(stored.pendingEffects()).isEmpty();
		assertThat(stored.effectsPendingSince()).isNull();
	}

}
