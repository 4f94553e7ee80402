package org.evac.bot.conversation;

import java.time.Clock;
import java.time.ZoneId;

import org.evac.domain.i18n.Messages;
import org.evac.domain.place.OccupiedPlaces;
import org.evac.domain.place.PlaceMatcher;
import org.evac.domain.place.Places;
import org.evac.domain.place.SeedFiles;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.Requests;
import org.evac.domain.request.StoredAsAnswers;
import org.evac.domain.retention.RetentionProperties;
import org.evac.outbox.EffectsRelay;
import org.evac.outbox.Outbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocationProperties.class)
class ConversationConfiguration {

	@Bean
	ConversationEngine conversationEngine(Messages messages, Places places, SettlementRegister register,
			PlaceMatcher matcher, OccupiedPlaces occupied, Requests requests, EffectsRelay effects,
			ApplicationEventPublisher events, Clock clock, LocationProperties location, ZoneId zone,
			RetentionProperties retention, SeedFiles seeds) {
		return new ConversationEngine(messages,
				new PlacesDirectory(places, register, location, matcher, occupied, seeds::pickupChecklist),
				new RequestsDesk(requests, effects, events, clock), zone, retention.closedAfter());
	}

	/** Drafts are stored as maps of answers. */
	@Bean
	StoredAsAnswers<Draft> draftStorage() {
		return Draft.STORAGE;
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
