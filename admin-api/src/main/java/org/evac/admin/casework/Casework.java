package org.evac.admin.casework;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.evac.admin.security.Actor;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.request.ClaimedByOther;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.NotYours;
import org.evac.domain.request.PendingEffect;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.domain.request.ResidentNotices;
import org.evac.domain.request.WorkRule;
import org.evac.outbox.EffectsRelay;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What volunteers do with a request. Each change is one atomic change of the request's
 * document; who may do it is checked inside that change, against the newest version.
 * Every change is audited (never with the texts), and the resident is told what concerns
 * them: the audit record and the notice are stored with the change, in the same write,
 * and written out from there ({@link EffectsRelay}), so a crash loses neither.
 */
@Component
public class Casework {

	private final Requests requests;

	private final EffectsRelay relay;

	private final ResidentNotices notices;

	private final Clock clock;

	private final ClaimLimits limits;

	Casework(Requests requests, EffectsRelay relay, ResidentNotices notices, Clock clock, ClaimLimits limits) {
		this.requests = requests;
		this.limits = limits;
		this.relay = relay;
		this.notices = notices;
		this.clock = clock;
	}

	/** By id, or by number ({@code EV-1001}) for people reading it off a phone. */
	public EvacuationRequest find(String idOrNumber) {
		Optional<EvacuationRequest> found = idOrNumber.matches("EV-\\d{1,9}") ? this.requests.byNumber(idOrNumber)
				: this.requests.byId(idOrNumber);
		return found.orElseThrow(() -> notFound(idOrNumber));
	}

	EvacuationRequest claim(String id, Actor actor) {
		EvacuationRequest request = find(id);
		if (!actor.username().equals(request.claimedBy())) {
			this.limits.check(actor);
		}
		return apply(request.id(), actor, AuditAction.CLAIM, r -> {
			r.claim(actor.username(), this.clock.instant());
			return Effect.audited("claimed");
		});
	}

	EvacuationRequest release(String id, Actor actor) {
		return change(id, actor, AuditAction.RELEASE, r -> {
			String holder = r.claimedBy();
			r.release(this.clock.instant());
			return Effect.audited("released, held by " + holder);
		});
	}

	public EvacuationRequest changeStatus(String id, Actor actor, RequestStatus target, String note, Pickup pickup) {
		return change(id, actor, AuditAction.CHANGE_STATUS, r -> {
			RequestStatus from = r.status();
			r.changeStatus(target, actor.username(), note, pickup, this.clock.instant());
			return new Effect("status " + from + " -> " + target, this.notices.statusChanged(r));
		});
	}

	EvacuationRequest addNote(String id, Actor actor, String text) {
		return change(id, actor, AuditAction.ADD_NOTE, r -> {
			r.addNote(UUID.randomUUID().toString(), actor.username(), text, this.clock.instant());
			return Effect.audited("note of " + text.length() + " characters");
		});
	}

	EvacuationRequest sendMessage(String id, Actor actor, String text) {
		String messageId = UUID.randomUUID().toString();
		return change(id, actor, AuditAction.SEND_MESSAGE, r -> {
			if (!r.status().isOpen()) {
				throw new IllegalStateException(
						"Request %s is closed: the bot writes no more to its resident. Current status: %s"
							.formatted(r.number(), r.status()));
			}
			if (r.chatId() == 0) {
				throw new IllegalStateException(
						"The resident of %s erased their data: only a phone call reaches them".formatted(r.number()));
			}
			r.messageFromVolunteer(messageId, actor.username(), text, this.clock.instant());
			return new Effect("message of " + text.length() + " characters", this.notices.message(r, messageId, text));
		});
	}

	/**
	 * Coordinators only: {@code id} is the same household as {@code into}, which stays.
	 * Two documents change, one after the other, each with its own audit record.
	 */
	EvacuationRequest merge(String id, String into, Actor actor) {
		EvacuationRequest duplicate = find(id);
		EvacuationRequest stays = find(into);
		if (duplicate.id().equals(stays.id())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "A request cannot be merged into itself");
		}
		if (!stays.status().isOpen()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"Request %s is closed. Current status: %s".formatted(stays.number(), stays.status()));
		}
		EvacuationRequest merged = apply(duplicate.id(), actor, AuditAction.MERGE, r -> {
			r.mergeInto(stays.number(), actor.username(), this.clock.instant());
			return new Effect("merged into " + stays.number(), this.notices.merged(r, stays.number()));
		});
		return apply(stays.id(), actor, AuditAction.MERGE, r -> {
			r.addNote(UUID.randomUUID().toString(), actor.username(), merged.number() + " was merged into this request",
					this.clock.instant());
			return Effect.audited(merged.number() + " merged into it");
		});
	}

	/** A change only those who may work on the request may make. */
	private EvacuationRequest change(String id, Actor actor, AuditAction action, Change change) {
		return apply(find(id).id(), actor, action, r -> {
			mayWorkOn(r, actor);
			return change.apply(r);
		});
	}

	/**
	 * Stores the change with its audit record and notice in one write, then writes those
	 * out. The key is made once, so a change retried over a newer version owes them once.
	 */
	private EvacuationRequest apply(String requestId, Actor actor, AuditAction action, Change change) {
		String key = "change:" + UUID.randomUUID();
		EvacuationRequest changed = refusing(() -> this.requests.change(requestId, r -> {
			Effect effect = change.apply(r);
			r.owe(new PendingEffect(key, this.clock.instant(), actor.username(), action, effect.audit(),
					effect.notice()));
		})).orElseThrow(() -> notFound(requestId));
		return this.relay.relay(changed);
	}

	/**
	 * A volunteer changes only the requests they claimed (status, note, message,
	 * release); coordinators change all ({@link WorkRule}, which the crews' Telegram
	 * buttons ask too).
	 */
	private static void mayWorkOn(EvacuationRequest request, Actor actor) {
		try {
			WorkRule.mayWorkOn(request, actor.username(), actor.role());
		}
		catch (NotYours ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
	}

	/**
	 * The request's own rules refused the change (a forbidden move, a closed request):
	 * 409 with its reason. Someone else's claim stays itself, to name the holder.
	 */
	private static <T> T refusing(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ClaimedByOther ex) {
			throw ex;
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage(), ex);
		}
	}

	static ResponseStatusException notFound(String id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No request " + id);
	}

	private interface Change {

		/** Changes the request; returns what it owes. */
		Effect apply(EvacuationRequest request);

	}

	/**
	 * What a change owes besides itself.
	 *
	 * @param audit what to write in the audit (never personal)
	 * @param notice what the resident is told, or null
	 */
	private record Effect(String audit, PendingEffect.Notice notice) {

		static Effect audited(String audit) {
			return new Effect(audit, null);
		}

	}

}
