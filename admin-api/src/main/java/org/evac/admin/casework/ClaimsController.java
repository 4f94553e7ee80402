package org.evac.admin.casework;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/** Coordinators see who holds how many open requests. */
@RestController
class ClaimsController {

	private final ClaimLimits limits;

	ClaimsController(ClaimLimits limits) {
		this.limits = limits;
	}

	@GetMapping("/api/claims")
	@PreAuthorize(COORDINATOR_ONLY)
	List<Holding> holdings() {
		return this.limits.holdings().entrySet().stream().map(e -> new Holding(e.getKey(), e.getValue())).toList();
	}

	/** {@code open}: open requests {@code username} holds now. */
	record Holding(String username, long open) {
	}

}
