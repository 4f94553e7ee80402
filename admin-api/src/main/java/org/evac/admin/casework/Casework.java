package org.evac.admin.casework;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.evac.admin.security.Actor;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.ClaimedByOther;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What volunteers do with a request. Each change is one atomic change of the request's
 * document; who may do it is checked inside that change, against the newest version.
 * Every change is audited (never with the texts), and the resident is told what concerns
 * them.
 */
@Component
public class Casework {

	private final Requests requests;

	private final AuditLog audit;

	private final ResidentNotices notices;

	private final Clock clock;

	private final ClaimLimits limits;

	Casework(Requests requests, AuditLog audit, ResidentNotices notices, Clock clock, ClaimLimits limits) {
		this.requests = requests;
		this.limits = limits;
		this.audit = audit;
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
		EvacuationRequest claimed = refusing(() -> this.requests.claim(request.id(), actor.username()))
			.orElseThrow(() -> notFound(id));
		this.audit.record(actor.username(), claimed.id(), AuditAction.CLAIM, "claimed");
		return claimed;
	}

	EvacuationRequest release(String id, Actor actor) {
		EvacuationRequest released = change(id, actor, r -> {
			String holder = r.claimedBy();
			r.release(this.clock.instant());
			return "released, held by " + holder;
		}, AuditAction.RELEASE);
		return released;
	}

	public EvacuationRequest changeStatus(String id, Actor actor, RequestStatus target, String note, Pickup pickup) {
		String[] from = new String[1];
		EvacuationRequest changed = change(id, actor, r -> {
			from[0] = r.status().name();
			r.changeStatus(target, actor.username(), note, pickup, this.clock.instant());
			return "status " + from[0] + " -> " + target;
		}, AuditAction.CHANGE_STATUS);
		this.notices.statusChanged(changed);
		return changed;
	}

	EvacuationRequest addNote(String id, Actor actor, String text) {
		return change(id, actor, r -> {
			r.addNote(UUID.randomUUID().toString(), actor.username(), text, this.clock.instant());
			return "note of " + text.length() + " characters";
		}, AuditAction.ADD_NOTE);
	}

	EvacuationRequest sendMessage(String id, Actor actor, String text) {
		String messageId = UUID.randomUUID().toString();
		EvacuationRequest changed = change(id, actor, r -> {
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
			return "message of " + text.length() + " characters";
		}, AuditAction.SEND_MESSAGE);
		this.notices.message(changed, messageId, text);
		return changed;
	}

	/**
	 * Coordinators only: {@code id} is the same household as {@code into}, which stays.
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
		EvacuationRequest merged = refusing(
				() -> this.requests.mergeInto(duplicate.id(), stays.number(), actor.username()))
			.orElseThrow(() -> notFound(id));
		this.requests.addNote(stays.id(), actor.username(), merged.number() + " was merged into this request");
		this.audit.record(actor.username(), merged.id(), AuditAction.MERGE, "merged into " + stays.number());
		this.audit.record(actor.username(), stays.id(), AuditAction.MERGE, merged.number() + " merged into it");
		this.notices.merged(merged, stays.number());
		return this.requests.byId(stays.id()).orElseThrow();
	}

	private EvacuationRequest change(String id, Actor actor, Change change, AuditAction action) {
		String[] detail = new String[1];
		EvacuationRequest changed = refusing(() -> this.requests.change(find(id).id(), r -> {
			mayWorkOn(r, actor);
			detail[0] = change.apply(r);
		})).orElseThrow(() -> notFound(id));
		this.audit.record(actor.username(), changed.id(), action, detail[0]);
		return changed;
	}

	/**
	 * A volunteer changes only the requests they claimed (status, note, message,
	 * release); coordinators change all. A volunteer claims first, so nobody else chases
	 * the same family.
	 */
	private static void mayWorkOn(EvacuationRequest request, Actor actor) {
		if (actor.isCoordinator() || actor.username().equals(request.claimedBy())) {
			return;
		}
		throw new ResponseStatusException(HttpStatus.FORBIDDEN,
				(request.claimedBy() == null) ? "Claim request %s first".formatted(request.number())
						: "Request %s is claimed by %s".formatted(request.number(), request.claimedBy()));
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

		/** Changes the request; returns what to write in the audit (never personal). */
		String apply(EvacuationRequest request);

	}

}
