package org.evac.bot.followup;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.evac.bot.conversation.Conversations;
import org.evac.bot.conversation.FollowUpPrompts;
import org.evac.bot.volunteerchat.VolunteerChatProperties;
import org.evac.domain.i18n.Messages;
import org.evac.domain.place.SeedFiles;
import org.evac.domain.request.Requests;
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

@Configuration(proxyBeanMethods = false)
@Conditional(RemindersEnabled.class)
@EnableConfigurationProperties({ ReminderProperties.class, RetentionProperties.class })
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
	FollowUpCycle followUpCycle(Reminders reminders, ReminderProperties properties, RetentionProperties retention,
			VolunteerChatProperties volunteers, Conversations conversations, Requests requests, FollowUpPrompts prompts,
			Messages messages, SeedFiles seeds, Outbox outbox, Clock clock, MeterRegistry registry) {
		return cycle(reminders, properties, retention, volunteers, conversations, requests, prompts, messages, seeds,
				outbox, clock, registry);
	}

	/** Everything one instance needs to follow up; tests build two on one database. */
	static FollowUpCycle cycle(Reminders reminders, ReminderProperties properties, RetentionProperties retention,
			VolunteerChatProperties volunteers, Conversations conversations, Requests requests, FollowUpPrompts prompts,
			Messages messages, SeedFiles seeds, Outbox outbox, Clock clock, MeterRegistry registry) {
		ResidentLanguage language = new ResidentLanguage(conversations);
		CheckIns checkIns = new CheckIns(properties, requests, prompts, language);
		Escalations escalations = new Escalations(properties, volunteers, requests, messages);
		PickupReminders pickups = new PickupReminders(properties, requests, messages, seeds, language);
		Nudges nudges = new Nudges(properties, conversations, prompts);
		ReminderMetrics metrics = new ReminderMetrics(registry);
		Planner planner = new Planner(reminders, nudges, requests, List.of(checkIns, escalations, pickups),
				properties.quiet(), metrics);
		ReminderDispatcher dispatcher = new ReminderDispatcher(
				reminders, nudges, requests, Map.of(Reminder.Kind.CHECK_IN, checkIns, Reminder.Kind.SILENCE,
						escalations, Reminder.Kind.UNCLAIMED, escalations, Reminder.Kind.PICKUP, pickups),
				outbox, properties.quiet(), clock, metrics);
		return new FollowUpCycle(new DraftRetention(conversations, retention), planner, dispatcher, clock);
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
