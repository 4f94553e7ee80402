package org.evac.bot.crew;

import org.evac.domain.account.Accounts;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.crew.TelegramLinks;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.Requests;
import org.evac.domain.team.Teams;
import org.evac.outbox.Outbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CrewConfiguration {

	@Bean
	CrewLinking crewLinking(TelegramLinks links, Accounts accounts, AuditLog audit, Outbox outbox, Messages messages) {
		return new CrewLinking(links, accounts, audit, outbox, messages);
	}

	@Bean
	CrewClaims crewClaims(TelegramLinks links, Accounts accounts, Teams teams, Requests requests, AuditLog audit,
			Outbox outbox, Messages messages) {
		return new CrewClaims(links, accounts, teams, requests, audit, outbox, messages);
	}

	@Bean
	Crew crew(CrewLinking linking, CrewClaims claims) {
		return new Crew(linking, claims);
	}

}
