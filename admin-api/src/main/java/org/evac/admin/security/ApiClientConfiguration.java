package org.evac.admin.security;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Personal access tokens and the cache of verified HTTP Basic credentials: what makes an
 * API call cost no bcrypt check, and mostly no database read to log in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiClientProperties.class)
public class ApiClientConfiguration {

	@Bean
	AccessTokens accessTokens(MongoTemplate mongo, Clock clock, SessionProperties sessions) {
		return new AccessTokens(mongo, clock, sessions.recheckAfter());
	}

	@Bean
	BasicCredentialCache basicCredentialCache(AccountSessions sessions, ApiClientProperties properties) {
		return new BasicCredentialCache(sessions, properties.basicCacheFor());
	}

	@Bean
	ApiClientLogins apiClientLogins(AccessTokens tokens, AccountSessions sessions, BasicCredentialCache cache,
			UserDetailsService users, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		return new ApiClientLogins(new BearerTokenLogin(tokens, sessions), cache, new ProviderManager(provider));
	}

}
