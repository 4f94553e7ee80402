package org.evac.request;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

	@Bean
	Requests requests(MongoTemplate mongo, Clock clock) {
		return new Requests(mongo, clock);
	}

}
