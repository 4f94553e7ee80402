package org.evac.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditEntry;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.i18n.Language;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.request.Destination;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.PendingEffect;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change stored with what it owes (its audit record, the resident's notice) has them
 * written out once: by its own relay, or, when a crash came between, by the next look for
 * effects left behind; writing them out again adds nothing.
 */
class EffectsRelayTest {

	private static final Duration LEFT_BEHIND_AFTER = Duration.ofSeconds(30);

	private final TestDatabase database = new TestDatabase();

	private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-22T10:00:00Z"));

	private final Requests requests = new Requests(this.database.template(), this.clock);

	private final Outbox outbox = new Outbox(this.database.template(), this.clock,
			new StaticListableBeanFactory().getBeanProvider(OutboxListener.class), Duration.ofSeconds(30));

	private final EffectsRelay relay = new EffectsRelay(this.requests,
			new AuditLog(this.database.template(), this.clock), this.outbox, this.clock, LEFT_BEHIND_AFTER);

	@AfterEach
	void close() {
		this.database.close();
	}

	private EvacuationRequest filed(long chatId) {
		RequestDetails details = new RequestDetails(new PlaceRef("UA14020010010059145", "Бахмут"), null, "вул. Миру, 5",
				null, "+380501234567", null, 2, 0, Set.of(), Destination.undecided(), false);
		return this.requests.file(chatId, chatId + "-1", Language.UK, details);
	}

	/** A volunteer's status change, stored with what it owes, and not written out yet. */
	private EvacuationRequest changedOwing(EvacuationRequest request, String key) {
		return this.requests.change(request.id(), r -> {
			r.changeStatus(RequestStatus.IN_PROGRESS, "olena", null, null, this.clock.instant());
			r.owe(new PendingEffect(key, this.clock.instant(), "olena", AuditAction.CHANGE_STATUS,
					"status NEW -> IN_PROGRESS", new PendingEffect.Notice("status:" + r.id() + ":2", r.chatId(),
							"Your request is being worked on", "volunteer")));
		}).orElseThrow();
	}

	private long audited(String requestId) {
		return this.database.template()
			.findAll(AuditEntry.class)
			.stream()
			.filter(e -> requestId.equals(e.requestId()))
			.count();
	}

	@Test
	void writesTheAuditRecordAndTheNoticeOfAChangeAndClearsThem() {
		EvacuationRequest changed = changedOwing(filed(7L), "change:1");

		EvacuationRequest after = this.relay.relay(changed);

		assertThat(after.pendingEffects()).isEmpty();
		assertThat(after.effectsPendingSince()).isNull();
		assertThat(this.requests.byId(changed.id()).orElseThrow().pendingEffects()).isEmpty();
		assertThat(this.database.template().findAll(AuditEntry.class)).singleElement().satisfies(entry -> {
			assertThat(entry.id()).isEqualTo("change:1");
			assertThat(entry.account()).isEqualTo("olena");
			assertThat(entry.action()).isEqualTo(AuditAction.CHANGE_STATUS);
			assertThat(entry.at()).isEqualTo(this.clock.instant());
		});
		assertThat(this.database.template().findAll(OutboxMessage.class)).singleElement().satisfies(message -> {
			assertThat(message.chatId()).isEqualTo(7L);
			assertThat(message.message().text()).isEqualTo("Your request is being worked on");
		});
	}

	@Test
	void writingOutTheSameChangeAgainAddsNothing() {
		EvacuationRequest changed = changedOwing(filed(7L), "change:1");

		this.relay.relay(changed);
		// as after a crash between writing the effects out and clearing them
		this.relay.relay(changed);

		assertThat(audited(changed.id())).isEqualTo(1);
		assertThat(this.outbox.pending()).isEqualTo(1);
	}

	@Test
	void effectsACrashLeftBehindAreWrittenByTheNextLookOnce() {
		EvacuationRequest changed = changedOwing(filed(7L), "change:1");
		this.clock.advance(LEFT_BEHIND_AFTER);

		assertThat(this.relay.relayLeftBehind()).isEqualTo(1);
		assertThat(this.relay.relayLeftBehind()).isZero();

		assertThat(audited(changed.id())).isEqualTo(1);
		assertThat(this.outbox.pending()).isEqualTo(1);
		assertThat(this.requests.byId(changed.id()).orElseThrow().pendingEffects()).isEmpty();
	}

	@Test
	void effectsOfAChangeJustMadeAreLeftToItsOwnRelay() {
		changedOwing(filed(7L), "change:1");
		this.clock.advance(LEFT_BEHIND_AFTER.minusSeconds(1));

		assertThat(this.relay.relayLeftBehind()).isZero();
		assertThat(this.outbox.pending()).isZero();
	}

	@Test
	void ofTwoInstancesLookingAtOnceOneTakesTheEffects() {
		EvacuationRequest changed = changedOwing(filed(7L), "change:1");

		assertThat(this.requests.takeEffects(changed, this.clock.instant())).isTrue();
		assertThat(this.requests.takeEffects(changed, this.clock.instant())).isFalse();
	}

	@Test
	void aResidentWhoErasedTheirDataIsToldNothingLeftBehindButTheErasureIsAudited() {
		EvacuationRequest changed = changedOwing(filed(7L), "change:1");
		this.requests.eraseResident(7L);
		this.clock.advance(LEFT_BEHIND_AFTER);

		this.relay.relayLeftBehind();

		assertThat(this.outbox.pending()).isZero();
		assertThat(this.database.template().findAll(AuditEntry.class)).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder(AuditAction.CHANGE_STATUS, AuditAction.ERASED_BY_RESIDENT);
		assertThat(this.requests.byId(changed.id()).orElseThrow().pendingEffects()).isEmpty();
	}

}
