package org.evac.conversation;

import java.time.Clock;

import org.evac.audit.AuditLog;
import org.evac.i18n.Messages;
import org.evac.outbox.Outbox;
import org.evac.places.OccupiedPlaces;
import org.evac.places.PlaceMatcher;
import org.evac.places.Places;
import org.evac.places.SettlementRegister;
import org.evac.request.Requests;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

	@Bean
	ConversationEngine conversationEngine(Messages messages, Places places, SettlementRegister register,
			PlaceMatcher matcher, OccupiedPlaces occupied, Requests requests, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		return new ConversationEngine(messages, new PlacesDirectory(places, register, matcher, occupied),
				new RequestsDesk(requests, audit, events, clock));
	}

	@Bean
	FollowUpPrompts followUpPrompts(Messages messages) {
		return new FollowUpPrompts(messages);
	}

	@Bean
	Conversations conversations(MongoTemplate mongo) {
		return new Conversations(mongo);
	}

	@Bean
	ResidentConversations residentConversations(ConversationEngine engine, Conversations conversations, Outbox outbox,
			Clock clock) {
		return new ResidentConversations(engine, conversations, outbox, clock);
	}

}
