package org.evac.admin.casework;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evac.admin.requests.RequestDetailView;
import org.evac.admin.requests.RequestQueue;
import org.evac.admin.requests.RequestView;
import org.evac.admin.security.Actor;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.access.prepost.PreAuthorize;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/**
 * What volunteers do with a request: take it, give it back, move it on, note, write to
 * the resident; coordinators also merge duplicates. Each answers with the request as it
 * is now.
 */
@RestController
@RequestMapping("/api/requests/{id}")
class CaseworkController {

	private final Casework casework;

	private final RequestQueue queue;

	private final SettlementRegister settlements;

	CaseworkController(Casework casework, RequestQueue queue, SettlementRegister settlements) {
		this.casework = casework;
		this.queue = queue;
		this.settlements = settlements;
	}

	/** Atomic: of two volunteers claiming at once, one gets it, the other 409. */
	@PostMapping("/claim")
	RequestDetailView claim(@PathVariable String id, Authentication authentication) {
		Actor actor = Actor.of(authentication);
		return view(this.casework.claim(id, actor), actor);
	}

	@PostMapping("/release")
	RequestDetailView release(@PathVariable String id, Authentication authentication) {
		Actor actor = Actor.of(authentication);
		return view(this.casework.release(id, actor), actor);
	}

	@PostMapping("/status")
	RequestDetailView status(@PathVariable String id, @Valid @RequestBody StatusBody body,
			Authentication authentication) {
		Actor actor = Actor.of(authentication);
		Pickup pickup = (body.pickupAt() == null && body.pickupPlace() == null) ? null
				: new Pickup(body.pickupAt(), body.pickupPlace());
		return view(this.casework.changeStatus(id, actor, body.status(), body.note(), pickup), actor);
	}

	@PostMapping("/notes")
	RequestDetailView note(@PathVariable String id, @Valid @RequestBody TextBody body, Authentication authentication) {
		Actor actor = Actor.of(authentication);
		return view(this.casework.addNote(id, actor, body.text().strip()), actor);
	}

	@PostMapping("/messages")
	RequestDetailView message(@PathVariable String id, @Valid @RequestBody TextBody body,
			Authentication authentication) {
		Actor actor = Actor.of(authentication);
		return view(this.casework.sendMessage(id, actor, body.text().strip()), actor);
	}

	/** Coordinators: this request is the same household as {@code into}, which stays. */
	@PostMapping("/merge")
	@PreAuthorize(COORDINATOR_ONLY)
	RequestDetailView merge(@PathVariable String id, @Valid @RequestBody MergeBody body,
			Authentication authentication) {
		Actor actor = Actor.of(authentication);
		return view(this.casework.merge(id, body.into(), actor), actor);
	}

	private RequestDetailView view(EvacuationRequest request, Actor actor) {
		return RequestDetailView.of(request, RequestView.personalFor(request, actor), this.queue.urgency(),
				this.settlements);
	}

	/**
	 * @param pickupAt for SCHEDULED: when the crew comes (ISO-8601, e.g.
	 * {@code 2026-11-23T07:00:00Z})
	 * @param pickupPlace for SCHEDULED: where the crew picks them up
	 */
	record StatusBody(@NotNull RequestStatus status, @Size(max = 1000) String note, Instant pickupAt,
			@Size(max = 300) String pickupPlace) {
	}

	record TextBody(@NotBlank @Size(max = 2000) String text) {
	}

	record MergeBody(@NotBlank String into) {
	}

}
