package org.evac.bot.volunteerchat;

import java.time.Clock;

import org.evac.bot.crew.CrewClaims;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.Requests;
import org.evac.domain.team.Teams;
import org.evac.outbox.Outbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ VolunteerChatProperties.class, GroupDigestProperties.class })
class VolunteerChatConfiguration {

	@Bean
	TeamChats teamChats(VolunteerChatProperties properties, Teams teams) {
		return new TeamChats(properties, teams);
	}

	@Bean
	GroupDigests groupDigests(MongoTemplate mongo, Outbox outbox, Messages messages, Clock clock,
			GroupDigestProperties properties) {
		return new GroupDigests(mongo, outbox, messages, clock, properties);
	}

	@Bean
	VolunteerChat volunteerChat(VolunteerChatProperties properties, Requests requests, Outbox outbox, Messages messages,
			TeamChats chats, CrewClaims claims, GroupDigests digests) {
		return new VolunteerChat(properties, requests, outbox, messages, chats, claims, digests);
	}

}
