package org.evac.domain.audit;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditLog auditLog(MongoTemplate mongo, Clock clock) {
		return new AuditLog(mongo, clock);
	}

}
