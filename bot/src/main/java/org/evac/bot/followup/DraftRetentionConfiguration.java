package org.evac.bot.followup;

import java.time.Clock;

import org.evac.bot.conversation.Conversations;
import org.evac.domain.retention.RetentionProperties;
import org.evac.outbox.Outbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the bot forgets whether or not reminders run: stale drafts, and the undelivered
 * texts of erased residents.
 */
@Configuration(proxyBeanMethods = false)
class DraftRetentionConfiguration {

	@Bean
	DraftSweep draftSweep(Conversations conversations, RetentionProperties properties, Clock clock) {
		return new DraftSweep(new DraftRetention(conversations, properties), clock);
	}

	@Bean
	ErasedTexts erasedTexts(Outbox outbox) {
		return new ErasedTexts(outbox);
	}

}
