package org.evac.teamchat;

import org.evac.i18n.Messages;
import org.evac.outbox.Outbox;
import org.evac.request.Requests;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VolunteerChatProperties.class)
class VolunteerChatConfiguration {

	@Bean
	VolunteerChat volunteerChat(VolunteerChatProperties properties, Requests requests, Outbox outbox,
			Messages messages) {
		return new VolunteerChat(properties, requests, outbox, messages);
	}

}
