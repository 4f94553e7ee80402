package org.evac.admin.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evac.admin.web.Problems;
import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may do what. API clients log in with HTTP Basic on every call and need no CSRF
 * token; the page logs in with a form, keeps a session, and sends the CSRF token with
 * every change. Repeated failed logins are throttled. Coordinators alone manage accounts,
 * export, read the audit, merge and edit reference data.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ LoginThrottleProperties.class, SessionProperties.class })
public class SecurityConfiguration {

	private static final String COORDINATOR = Role.COORDINATOR.name();

	@Bean
	AccountSessions accountSessions(Accounts accounts, SessionProperties properties) {
		return new AccountSessions(accounts, properties);
	}

	@Bean
	SecurityFilterChain evacSecurity(HttpSecurity http, LoginThrottleProperties throttle, AccountSessions sessions)
			throws Exception {
		ApiEntryPoint entryPoint = new ApiEntryPoint();
		return http
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**", "/", "/index.html", "/app.js", "/app.css",
						"/favicon.svg", "/login", "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll()
				.requestMatchers("/api/volunteers", "/api/volunteers/**", "/api/audit", "/api/export.csv")
				.hasRole(COORDINATOR)
				.requestMatchers(HttpMethod.POST, "/api/requests/*/merge")
				.hasRole(COORDINATOR)
				.requestMatchers(HttpMethod.GET, "/api/places/**", "/api/hotlines", "/api/hotlines/**")
				.authenticated()
				.requestMatchers("/api/places/**", "/api/safer-towns/**", "/api/hotlines", "/api/hotlines/**")
				.hasRole(COORDINATOR)
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.formLogin(form -> form.loginPage("/")
				.loginProcessingUrl("/login")
				.successHandler(loggedIn(sessions))
				.failureHandler(loginFailed()))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessHandler((request, response, auth) -> response.setStatus(HttpStatus.NO_CONTENT.value())))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler((request, response, denied) -> Problems.write(request, response,
						HttpStatus.FORBIDDEN, forbidden(request, denied))))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(new SessionCalls()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.addFilterBefore(new LoginThrottle(throttle), CsrfFilter.class)
			.addFilterAfter(new CsrfCookie(), BasicAuthenticationFilter.class)
			.addFilterAfter(new LiveAccountCheck(sessions), SecurityContextHolderFilter.class)
			.build();
	}

	private static String forbidden(jakarta.servlet.http.HttpServletRequest request, Exception denied) {
		if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
			return "The CSRF token is missing or wrong: reload the page";
		}
		return "Your role may not do this";
	}

	private static AuthenticationSuccessHandler loggedIn(AccountSessions sessions) {
		ObjectMapper json = new ObjectMapper();
		return (request, response, authentication) -> {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken(); // a fresh token for the new session, as a cookie
			}
			Actor actor = Actor.of(authentication);
			request.getSession().setAttribute(LiveAccountCheck.OWNER, sessions.ownerAtLogin(authentication.getName()));
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(), new Me(actor.username(), actor.role()));
		};
	}

	private static AuthenticationFailureHandler loginFailed() {
		return (request, response, ex) -> Problems.write(request, response, HttpStatus.UNAUTHORIZED,
				"Wrong username or password");
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

}
