package org.evac.bot.telegram;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Telegram has no login: the webhook is open to it, and the endpoint itself refuses any
 * post without the secret token.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain webhookFilterChain(HttpSecurity http,
			@Value("${evac.telegram.webhook-path:/telegram/webhook}") String path) throws Exception {
		return http.securityMatcher(path)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}
