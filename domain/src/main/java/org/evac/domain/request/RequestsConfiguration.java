package org.evac.domain.request;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

	@Bean
	Requests requests(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
		return new Requests(mongo, clock, events);
	}

	@Bean
	DuplicateLinker duplicateLinker(MongoTemplate mongo, Requests requests) {
		return new DuplicateLinker(mongo, requests);
	}

}
