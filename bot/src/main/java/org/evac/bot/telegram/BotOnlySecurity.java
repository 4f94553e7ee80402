package org.evac.bot.telegram;

import org.evac.domain.deployment.Roles;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An instance running only the bot serves the health check and the webhook, and nothing
 * else: the admin API lives elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(BotOnlySecurity.AdminRoleOff.class)
class BotOnlySecurity {

	@Bean
	SecurityFilterChain botOnlyFilterChain(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.build();
	}

	/**
	 * Nobody logs in here; this keeps Spring Boot from making up a user and a password.
	 */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

	static class AdminRoleOff extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Roles.of(context.getEnvironment()).runs(Roles.ADMIN) ? ConditionOutcome.noMatch("admin role on")
					: ConditionOutcome.match("admin role off");
		}

	}

}
