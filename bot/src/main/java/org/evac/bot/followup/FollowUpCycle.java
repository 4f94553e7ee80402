package org.evac.bot.followup;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.evac.bot.conversation.Conversations;
import org.evac.domain.request.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tick of the follow-ups: store what came due (and forget stale drafts), send it, and
 * raise in the queue the requests nobody touched for a day. Every instance runs it; the
 * database decides who sends what.
 */
public class FollowUpCycle {

	private static final Logger log = LoggerFactory.getLogger(FollowUpCycle.class);

	/** Requests marked at a time by the catch-up after an upgrade. */
	private static final int CATCH_UP_BATCH = 500;

	private final Planner planner;

	private final ReminderDispatcher dispatcher;

	private final Requests requests;

	private final Conversations conversations;

	private final StaleRequests stale;

	private final Clock clock;

	private final Timer ticks;

	private final DistributionSummary allocated;

	/** Whether what was stored before due times were kept has been looked at. */
	private boolean caughtUp;

	FollowUpCycle(Planner planner, ReminderDispatcher dispatcher, Requests requests, Conversations conversations,
			StaleRequests stale, Clock clock, MeterRegistry registry) {
		this.planner = planner;
		this.dispatcher = dispatcher;
		this.requests = requests;
		this.conversations = conversations;
		this.stale = stale;
		this.clock = clock;
		this.ticks = Timer.builder("evac.reminders.tick")
			.description("One tick of the follow-ups: what came due planned and sent")
			.register(registry);
		this.allocated = DistributionSummary.builder("evac.reminders.tick.allocated")
			.description("Heap allocated by one tick of the follow-ups")
			.baseUnit("bytes")
			.register(registry);
	}

	public void run() {
		long allocatedBefore = allocatedByThisThread();
		long start = System.nanoTime();
		Instant now = this.clock.instant();
		try {
			catchUp(now);
			this.planner.plan(now);
			this.dispatcher.dispatchDue();
			this.stale.raise(now);
		}
		catch (RuntimeException ex) {
			// the database is away, most likely: everything due is found again next tick
			log.warn("Follow-ups wait for the next tick: {}", ex.getClass().getSimpleName());
		}
		this.ticks.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		if (allocatedBefore >= 0) {
			this.allocated.record(allocatedByThisThread() - allocatedBefore);
		}
	}

	/**
	 * What this thread allocated so far, where the JVM tells (HotSpot does), else -1: a
	 * tick with nothing due must allocate next to nothing, which the bench reads here.
	 */
	private static long allocatedByThisThread() {
		return (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
				&& threads.isThreadAllocatedMemoryEnabled()) ? threads.getCurrentThreadAllocatedBytes() : -1;
	}

	/**
	 * Once per start: requests and drafts stored before their next follow-up was kept (or
	 * by an older version) are due now, so the planner reads them once and keeps their
	 * due time from then on.
	 */
	private void catchUp(Instant now) {
		if (this.caughtUp) {
			return;
		}
		int requests = this.requests.followUpsLookAtUnscheduled(now, CATCH_UP_BATCH);
		long drafts = this.conversations.followUpsLookAtUnscheduled(now);
		if (requests + drafts > 0) {
			log.info("Follow-ups: {} open requests and {} drafts stored without a due time are looked at now", requests,
					drafts);
		}
		this.caughtUp = true;
	}

}
