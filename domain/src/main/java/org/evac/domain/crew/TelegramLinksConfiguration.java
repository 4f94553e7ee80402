package org.evac.domain.crew;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class TelegramLinksConfiguration {

	@Bean
	TelegramLinks telegramLinks(MongoTemplate mongo, Clock clock) {
		return new TelegramLinks(mongo, clock);
	}

}
