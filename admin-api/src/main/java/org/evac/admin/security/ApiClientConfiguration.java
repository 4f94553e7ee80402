package org.evac.admin.security;

import java.time.Clock;

import org.evac.domain.account.Accounts;

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
 * API call cost a database read rather than a bcrypt check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiClientProperties.class)
public class ApiClientConfiguration {

	@Bean
	AccessTokens accessTokens(MongoTemplate mongo, Clock clock) {
		return new AccessTokens(mongo, clock);
	}

	@Bean
	BasicCredentialCache basicCredentialCache(AccountSessions sessions, ApiClientProperties properties) {
		return new BasicCredentialCache(sessions, properties.basicCacheFor());
	}

	@Bean
	ApiClientLogins apiClientLogins(AccessTokens tokens, Accounts accounts, BasicCredentialCache cache,
			UserDetailsService users, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		return new ApiClientLogins(new BearerTokenLogin(tokens, accounts), cache, new ProviderManager(provider));
	}

}
