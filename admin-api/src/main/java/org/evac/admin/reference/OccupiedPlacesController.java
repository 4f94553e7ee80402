package org.evac.admin.reference;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.place.OccupiedPlaces;
import org.evac.domain.place.Settlement;
import org.evac.domain.place.SettlementRegister;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/**
 * The settlements and hromadas crews cannot reach because they are occupied. Everyone
 * reads the list; coordinators mark and unmark places. A resident there may still file a
 * request and is told plainly that crews cannot come, with the hotlines.
 */
@RestController
class OccupiedPlacesController {

	private final OccupiedPlaces occupied;

	private final SettlementRegister register;

	private final AuditLog audit;

	OccupiedPlacesController(OccupiedPlaces occupied, SettlementRegister register, AuditLog audit) {
		this.occupied = occupied;
		this.register = register;
		this.audit = audit;
	}

	@GetMapping("/api/places/occupied")
	List<OccupiedView> occupied() {
		return this.occupied.all().stream().map(this::view).toList();
	}

	/** Marks a settlement, or a hromada (its code: the settlement digits 000) whole. */
	@PostMapping("/api/places/occupied")
	@PreAuthorize(COORDINATOR_ONLY)
	@ResponseStatus(HttpStatus.CREATED)
	OccupiedView mark(@Valid @RequestBody OccupiedBody body, Authentication authentication) {
		if (!isHromada(body.code()) && this.register.byCode(body.code()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No settlement " + body.code());
		}
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED,
				"occupied place " + body.code() + " marked");
		return view(this.occupied.mark(body.code(), authentication.getName()));
	}

	@DeleteMapping("/api/places/occupied/{code}")
	@PreAuthorize(COORDINATOR_ONLY)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unmark(@PathVariable String code, Authentication authentication) {
		if (!OccupiedPlaces.isCode(code) || !this.occupied.unmark(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Not marked occupied: " + code);
		}
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED,
				"occupied place " + code + " unmarked");
	}

	private static boolean isHromada(String code) {
		return code.substring(9, 12).equals("000");
	}

	private OccupiedView view(OccupiedPlaces.OccupiedPlace place) {
		String name = this.register.byCode(place.code()).map(Settlement::names).map(n -> n.uk()).orElse(null);
		return new OccupiedView(place.code(), name, place.markedBy(), place.markedAt());
	}

	/**
	 * @param name the settlement's, or null for a hromada
	 */
	record OccupiedView(String code, String name, String markedBy, Instant markedAt) {
	}

	record OccupiedBody(@NotNull @Pattern(regexp = "UA\\d{17}") String code) {
	}

}
