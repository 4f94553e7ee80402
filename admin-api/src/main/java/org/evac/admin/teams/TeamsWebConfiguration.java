package org.evac.admin.teams;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.handler.MappedInterceptor;

/**
 * Puts {@link TeamGate} before one request's endpoints (a mapped interceptor, found by
 * every handler mapping; controller slices without a database leave it out).
 */
@Configuration(proxyBeanMethods = false)
class TeamsWebConfiguration {

	@Bean
	MappedInterceptor teamGate(MongoTemplate mongo, TeamScope scope) {
		return new MappedInterceptor(TeamGate.PATHS, new TeamGate(mongo, scope));
	}

}
