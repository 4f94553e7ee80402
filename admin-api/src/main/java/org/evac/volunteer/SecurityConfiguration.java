package org.evac.volunteer;

import org.evac.account.Accounts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/** Everything but the health check needs a login. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.build();
	}

	@Bean
	UserDetailsService userDetailsService(Accounts accounts) {
		return username -> accounts.byUsername(username)
			.map(a -> User.withUsername(a.username())
				.password(a.passwordHash())
				.roles(a.role().name())
				.disabled(!a.enabled())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Bean
	AdminBootstrap adminBootstrap(Accounts accounts, AdminProperties properties) {
		return new AdminBootstrap(accounts, properties);
	}

}
