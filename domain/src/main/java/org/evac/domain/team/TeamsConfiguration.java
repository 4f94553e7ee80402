package org.evac.domain.team;

import java.time.Clock;

import org.evac.domain.place.SettlementRegister;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class TeamsConfiguration {

	@Bean
	Teams teams(MongoTemplate mongo, Clock clock) {
		return new Teams(mongo, clock);
	}

	@Bean
	TeamAssignment teamAssignment(MongoTemplate mongo, Teams teams, SettlementRegister settlements) {
		return new TeamAssignment(mongo, teams, settlements);
	}

	@Bean
	TeamsMigration teamsMigration(MongoTemplate mongo, Teams teams, TeamAssignment assignment) {
		return new TeamsMigration(mongo, teams, assignment);
	}

}
