package org.evac.domain.retention;

import java.time.Clock;

import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.Requests;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

	@Bean
	JobLock jobLock(MongoTemplate mongo, Clock clock) {
		return new JobLock(mongo, clock);
	}

	@Bean
	Retention retention(MongoTemplate mongo, Requests requests, AuditLog audit, JobLock jobLock,
			RetentionProperties properties, Clock clock, ApplicationEventPublisher events) {
		return new Retention(mongo, requests, audit, jobLock, properties, clock, events);
	}

}
