package org.evac.bot.crew;

import java.time.Clock;
import java.time.ZoneId;

import org.evac.domain.account.Accounts;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.crew.TelegramLinks;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.ClaimCap;
import org.evac.domain.request.Requests;
import org.evac.domain.request.ResidentNotices;
import org.evac.domain.team.Teams;
import org.evac.outbox.EffectsRelay;
import org.evac.outbox.Outbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class CrewConfiguration {

	@Bean
	CrewLinking crewLinking(TelegramLinks links, Accounts accounts, AuditLog audit, Outbox outbox, Messages messages) {
		return new CrewLinking(links, accounts, audit, outbox, messages);
	}

	@Bean
	CrewClaims crewClaims(TelegramLinks links, Accounts accounts, Teams teams, Requests requests, AuditLog audit,
			Outbox outbox, Messages messages, CrewCasework casework, ClaimCap cap) {
		return new CrewClaims(links, accounts, teams, requests, audit, outbox, messages, casework, cap);
	}

	@Bean
	CrewMembers crewMembers(TelegramLinks links, Accounts accounts, Teams teams) {
		return new CrewMembers(links, accounts, teams);
	}

	@Bean
	SchedulePrompts schedulePrompts(MongoTemplate mongo, Clock clock) {
		return new SchedulePrompts(mongo, clock);
	}

	@Bean
	CrewChanges crewChanges(CrewMembers members, Requests requests, EffectsRelay relay, Messages messages,
			Clock clock) {
		return new CrewChanges(members, requests, relay, messages, clock);
	}

	@Bean
	CrewCasework crewCasework(CrewMembers members, Requests requests, CrewChanges changes, ResidentNotices notices,
			SchedulePrompts prompts, Outbox outbox, Messages messages, Clock clock, ZoneId zone) {
		return new CrewCasework(members, requests, changes, notices, prompts, outbox, messages, clock, zone);
	}

	@Bean
	CrewMessages crewMessages(CrewMembers members, CrewChanges changes, ResidentNotices notices, Outbox outbox,
			Messages messages, Clock clock) {
		return new CrewMessages(members, changes, notices, outbox, messages, clock);
	}

	@Bean
	ClaimerRelay claimerRelay(Requests requests, CrewMembers members, Accounts accounts, AuditLog audit, Outbox outbox,
			Messages messages, Clock clock) {
		return new ClaimerRelay(requests, members, accounts, audit, outbox, messages, clock);
	}

	@Bean
	Crew crew(CrewLinking linking, CrewClaims claims, CrewCasework casework, CrewMessages replies) {
		return new Crew(linking, claims, casework, replies);
	}

}
