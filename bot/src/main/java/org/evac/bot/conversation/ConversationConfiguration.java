package org.evac.bot.conversation;

import java.time.Clock;

import org.evac.domain.audit.AuditLog;
import org.evac.domain.i18n.Messages;
import org.evac.domain.place.Places;
import org.evac.domain.place.SeedFiles;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.Requests;
import org.evac.domain.retention.RetentionProperties;
import org.evac.domain.request.StoredAsAnswers;
import org.evac.outbox.Outbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

	@Bean
	ConversationEngine conversationEngine(Messages messages, Places places, SettlementRegister register,
			Requests requests, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			RetentionProperties retention, SeedFiles seeds) {
		return new ConversationEngine(messages, new PlacesDirectory(places, register, seeds::pickupChecklist),
				new RequestsDesk(requests, audit, events, clock), retention.closedAfter());
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
