package org.evac.domain.request;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** One claim cap for the page and the crews' Telegram. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClaimProperties.class)
class ClaimsConfiguration {

	@Bean
	ClaimCap claimCap(MongoTemplate mongo, ClaimProperties properties, Clock clock) {
		return new ClaimCap(mongo, properties, clock);
	}

}
