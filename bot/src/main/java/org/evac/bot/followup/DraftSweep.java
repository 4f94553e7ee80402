package org.evac.bot.followup;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets stale drafts on its own schedule, so that they go even where reminders are
 * switched off ({@code evac.reminders.enabled=false}); with reminders on, their tick
 * sweeps too, which changes nothing.
 */
public class DraftSweep {

	private final DraftRetention retention;

	private final Clock clock;

	DraftSweep(DraftRetention retention, Clock clock) {
		this.retention = retention;
		this.clock = clock;
	}

	/** Returns how many drafts were forgotten. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${evac.retention.draft-sweep-every:PT1H}")
	public int sweep() {
		return this.retention.sweep(this.clock.instant());
	}

}
