package org.evac.bot.volunteerchat;

import org.evac.bot.crew.CrewClaims;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.Requests;
import org.evac.domain.team.Teams;
import org.evac.outbox.Outbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VolunteerChatProperties.class)
class VolunteerChatConfiguration {

	@Bean
	TeamChats teamChats(VolunteerChatProperties properties, Teams teams) {
		return new TeamChats(properties, teams);
	}

	@Bean
	VolunteerChat volunteerChat(VolunteerChatProperties properties, Requests requests, Outbox outbox, Messages messages,
			TeamChats chats, CrewClaims claims) {
		return new VolunteerChat(properties, requests, outbox, messages, chats, claims);
	}

}
