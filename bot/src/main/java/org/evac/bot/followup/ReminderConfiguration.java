package org.evac.bot.followup;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.evac.bot.conversation.Conversations;
import org.evac.domain.request.Requests;
import org.evac.domain.retention.RetentionProperties;
import org.evac.outbox.Outbox;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The follow-ups. The kinds of reminder are the beans of type {@link ReminderKind}: each
 * is one class, registered by being a component.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RemindersEnabled.class)
@EnableConfigurationProperties({ ReminderProperties.class, StaleRequestsProperties.class })
class ReminderConfiguration {

	@Bean
	Reminders reminders(MongoTemplate mongo, ReminderProperties properties) {
		return new Reminders(mongo, properties.lease());
	}

	@Bean
	ErasedResidents erasedResidents(Reminders reminders) {
		return new ErasedResidents(reminders);
	}

	@Bean
	FollowUpCycle followUpCycle(Reminders reminders, List<ReminderKind<?>> kinds, ReminderProperties properties,
			RetentionProperties retention, Conversations conversations, Requests requests, Outbox outbox, Clock clock,
			ZoneId zone, MeterRegistry registry, MongoTemplate mongo, StaleRequestsProperties queue) {
		return cycle(reminders, kinds, properties.quiet(zone), retention, conversations, requests, outbox,
				new StaleRequests(mongo, queue.staleAfter()), clock, registry);
	}

	/** Everything one instance needs to follow up; tests build two on one database. */
	static FollowUpCycle cycle(Reminders reminders, List<? extends ReminderKind<?>> kinds, QuietHours quiet,
			RetentionProperties retention, Conversations conversations, Requests requests, Outbox outbox,
			StaleRequests stale, Clock clock, MeterRegistry registry) {
		ReminderKinds all = new ReminderKinds(kinds);
		ReminderMetrics metrics = new ReminderMetrics(registry);
		Planner planner = new Planner(reminders, requests, conversations, all,
				new DraftRetention(conversations, retention), quiet, metrics);
		ReminderDispatcher dispatcher = new ReminderDispatcher(reminders, all, requests, conversations, outbox, quiet,
				clock, metrics);
		return new FollowUpCycle(planner, dispatcher, requests, conversations, stale, clock, registry);
	}

	@Bean
	JobDetail followUpJob() {
		return JobBuilder.newJob(ReminderJob.class).withIdentity("follow-ups").storeDurably().build();
	}

	@Bean
	Trigger followUpTick(JobDetail followUpJob, ReminderProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(followUpJob)
			.withIdentity("follow-ups-tick")
			.startNow()
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.tick().toMillis())
				.repeatForever()
				// a tick missed while busy is not made up: the next one finds everything
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

}
