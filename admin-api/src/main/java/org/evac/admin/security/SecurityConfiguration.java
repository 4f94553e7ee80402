package org.evac.admin.security;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evac.admin.web.Problems;
import org.evac.domain.account.Accounts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
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
 * every change. The coordinators' endpoints say so themselves ({@code @PreAuthorize},
 * {@link Roles}). Repeated failed logins are slowed down, per account and address, with
 * counts shared in the database. Coordinators alone manage accounts, export, read the
 * audit, merge and edit reference data.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ LoginThrottleProperties.class, SessionProperties.class })
@Import(ApiClientConfiguration.class)
public class SecurityConfiguration {

	/**
	 * The page loads nothing from elsewhere but the map's OpenStreetMap tiles, and runs
	 * no inline script.
	 */
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	AccountSessions accountSessions(Accounts accounts, SessionProperties properties) {
		return new AccountSessions(accounts, properties);
	}

	@Bean
	LoginFailures loginFailures(MongoTemplate mongo, LoginThrottleProperties properties, Clock clock) {
		return new LoginFailures(mongo, properties, clock);
	}

	@Bean
	SecurityFilterChain evacSecurity(HttpSecurity http, LoginThrottleProperties throttle, LoginFailures failures,
			AccountSessions sessions, ApiClientLogins apiClients) throws Exception {
		ApiEntryPoint entryPoint = new ApiEntryPoint();
		return http
			.authorizeHttpRequests(
					auth -> auth
						.requestMatchers("/actuator/health", "/actuator/health/**", "/", "/index.html", "/app.js",
								"/app.css", "/upkeep.js", "/teams.js", "/favicon.svg", "/login", "/error", "/runs.js",
								"/map.js", "/webjars/leaflet/**")
						.permitAll()
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
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(new SessionCalls()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			// HSTS is on by default, sent over HTTPS only
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny()))
			// sessions (IF_REQUIRED, the default) come from the page's form login only:
			// setting
			// the policy here would make Spring keep every API client's login in a new
			// session
			.addFilterBefore(new LoginThrottle(failures, new ClientAddress(throttle.trustedProxies()), throttle),
					CsrfFilter.class)
			.addFilterAfter(new CsrfCookie(), BasicAuthenticationFilter.class)
			.addFilterAfter(new LiveAccountCheck(sessions), SecurityContextHolderFilter.class)
			.addFilterAfter(new PasswordChangeFirst(sessions), AnonymousAuthenticationFilter.class)
			.with(apiClients, Customizer.withDefaults())
			.build();
	}

	/**
	 * The page reads the token from its cookie, so not HttpOnly; {@code Secure} whenever
	 * the request is (HTTPS, or a trusted proxy saying so), and never sent cross-site.
	 */
	private static CookieCsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return repository;
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
			json.writeValue(response.getOutputStream(),
					new Me(actor.username(), actor.role(), sessions.passwordChangeDue(actor.username())));
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
				.roles(Roles.granted(a.role()))
				.disabled(!a.enabled())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
