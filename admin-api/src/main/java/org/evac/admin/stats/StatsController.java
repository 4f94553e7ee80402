package org.evac.admin.stats;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How many wait where: requests by status, oblast and settlement. */
@RestController
class StatsController {

	private final Stats stats;

	StatsController(Stats stats) {
		this.stats = stats;
	}

	@GetMapping("/api/stats")
	Stats.StatsView stats() {
		return this.stats.now();
	}

}
