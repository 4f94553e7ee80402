package org.evac.bot.followup;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz is only the clock: its store is in memory and keeps nothing worth keeping. What
 * is due is worked out from the database on every tick.
 */
@DisallowConcurrentExecution
class ReminderJob extends QuartzJobBean {

	private final FollowUpCycle cycle;

	ReminderJob(FollowUpCycle cycle) {
		this.cycle = cycle;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.cycle.run();
	}

}
