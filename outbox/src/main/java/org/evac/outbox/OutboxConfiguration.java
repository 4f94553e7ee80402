package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxConfiguration.OutboxProperties.class)
class OutboxConfiguration {

	@Bean
	Outbox outbox(MongoTemplate mongo, Clock clock, ObjectProvider<OutboxListener> listener,
			OutboxProperties properties) {
		return new Outbox(mongo, clock, listener, properties.lease());
	}

	/** The bot's batches of updates, made durable once each. */
	@Bean
	GroupCommit groupCommit(MongoTemplate mongo) {
		return new GroupCommit(mongo);
	}

	/**
	 * @param lease how long an instance holds a queued message before another may send
	 * it; after a crash, messages go out at most this long after the restart (default
	 * 30s)
	 */
	@ConfigurationProperties("evac.outbox")
	record OutboxProperties(@DefaultValue("30s") Duration lease) {
	}

}
