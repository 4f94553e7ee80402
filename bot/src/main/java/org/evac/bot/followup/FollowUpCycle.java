package org.evac.bot.followup;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tick of the follow-ups: forget stale drafts, store what came due, send it. Every
 * instance runs it; the database decides who sends what.
 */
public class FollowUpCycle {

	private static final Logger log = LoggerFactory.getLogger(FollowUpCycle.class);

	private final DraftRetention retention;

	private final Planner planner;

	private final ReminderDispatcher dispatcher;

	private final Clock clock;

	FollowUpCycle(DraftRetention retention, Planner planner, ReminderDispatcher dispatcher, Clock clock) {
		this.retention = retention;
		this.planner = planner;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	public void run() {
		Instant now = this.clock.instant();
		try {
			this.retention.sweep(now);
			this.planner.plan(now);
			this.dispatcher.dispatchDue();
		}
		catch (RuntimeException ex) {
			// the database is away, most likely: everything due is found again next tick
			log.warn("Follow-ups wait for the next tick: {}", ex.getClass().getSimpleName());
		}
	}

}
