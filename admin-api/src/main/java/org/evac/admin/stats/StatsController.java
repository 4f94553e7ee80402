package org.evac.admin.stats;

import org.evac.admin.security.Actor;
import org.evac.admin.teams.TeamScope;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How many wait where: requests by status, oblast and settlement. */
@RestController
class StatsController {

	private final Stats stats;

	private final TeamScope teams;

	StatsController(Stats stats, TeamScope teams) {
		this.stats = stats;
		this.teams = teams;
	}

	/** Of the caller's teams' requests (an admin's: all). */
	@GetMapping("/api/stats")
	Stats.StatsView stats(Authentication authentication) {
		return this.stats.now(this.teams.criteria(Actor.of(authentication)));
	}

}
