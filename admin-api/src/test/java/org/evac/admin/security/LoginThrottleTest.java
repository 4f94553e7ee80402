package org.evac.admin.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.evac.admin.accounts.VolunteerController;
import org.evac.admin.web.WebConfiguration;
import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.team.Teams;
import org.evac.domain.testing.MovableClock;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Wrong passwords make the account wait, from the address they come from, longer with
 * every one; never a lock that keeps the real owner out, and never one a forged
 * {@code X-Forwarded-For} escapes.
 */
@WebMvcTest(controllers = VolunteerController.class, properties = "evac.login.trusted-proxies=10.0.9.1")
@Import({ SecurityConfiguration.class, WebConfiguration.class, LoginThrottleTest.Passwords.class })
class LoginThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MovableClock clock;

	@Autowired
	LoginFailures failures;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	Teams teams;

	@TestConfiguration
	static class Passwords {

		@Bean
		PasswordEncoder passwordEncoder() {
			return new BCryptPasswordEncoder(4);
		}

		@Bean(destroyMethod = "close")
		TestDatabase testDatabase() {
			return new TestDatabase();
		}

		@Bean
		MongoTemplate mongoTemplate(TestDatabase database) {
			return database.template();
		}

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
		}

	}

	@BeforeEach
	void accounts() {
		for (String name : new String[] { "olena", "taras", "admin", "petro" }) {
			given(this.accounts.byUsername(name)).willReturn(Optional.of(new Account(name, name, name,
					this.passwords.encode(name + "-password"), Role.VOLUNTEER, true, Instant.EPOCH, false)));
		}
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static RequestPostProcessor forwardedFor(String client) {
		return request -> {
			request.setRemoteAddr("10.0.9.1");
			request.addHeader("X-Forwarded-For", client);
			return request;
		};
	}

	@Test
	void tenWrongPasswordsMakeTheAccountWaitAtThatAddressButNotItsOwnerElsewhere() throws Exception {
		for (int i = 1; i <= 10; i++) {
			this.mvc.perform(get("/api/me").with(httpBasic("olena", "guess-" + i)).with(from("10.0.1.1")))
				.andExpect(status().isUnauthorized());
		}

		this.mvc.perform(get("/api/me").with(httpBasic("olena", "olena-password")).with(from("10.0.1.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "31"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Too many failed logins")));
		this.mvc.perform(get("/api/me").with(httpBasic("olena", "olena-password")).with(from("10.0.1.99")))
			.andExpect(status().isOk());
	}

	@Test
	void everyFailureAfterTheWaitMakesTheNextWaitLonger() throws Exception {
		for (int i = 1; i <= 10; i++) {
			this.mvc.perform(get("/api/me").with(httpBasic("petro", "guess-" + i)).with(from("10.0.5.1")))
				.andExpect(status().isUnauthorized());
		}
		this.clock.move(Duration.ofSeconds(31));
		this.mvc.perform(get("/api/me").with(httpBasic("petro", "guess-11")).with(from("10.0.5.1")))
			.andExpect(status().isUnauthorized());

		this.mvc.perform(get("/api/me").with(httpBasic("petro", "petro-password")).with(from("10.0.5.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "61"));
		this.clock.move(Duration.ofSeconds(61));
		this.mvc.perform(get("/api/me").with(httpBasic("petro", "petro-password")).with(from("10.0.5.1")))
			.andExpect(status().isOk());
	}

	@Test
	void behindTheTrustedProxyEachClientHasItsOwnCount() throws Exception {
		for (int i = 1; i <= 10; i++) {
			this.mvc.perform(get("/api/me").with(httpBasic("admin", "guess-" + i)).with(forwardedFor("203.0.113.7")))
				.andExpect(status().isUnauthorized());
		}

		this.mvc.perform(get("/api/me").with(httpBasic("admin", "admin-password")).with(forwardedFor("203.0.113.7")))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/api/me").with(httpBasic("admin", "admin-password")).with(forwardedFor("198.51.100.2")))
			.andExpect(status().isOk());
	}

	@Test
	void aForwardedForHeaderFromAnyoneElseIsIgnored() throws Exception {
		for (int i = 1; i <= 10; i++) {
			String forged = "192.0.2." + i;
			this.mvc.perform(get("/api/me").with(httpBasic("taras", "guess-" + i)).with(request -> {
				request.setRemoteAddr("10.0.4.1");
				request.addHeader("X-Forwarded-For", forged);
				return request;
			})).andExpect(status().isUnauthorized());
		}

		this.mvc.perform(get("/api/me").with(httpBasic("taras", "taras-password")).with(from("10.0.4.1")))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void failuresQuietForTheWindowAreForgottenSoAFloodOfNamesLeavesNothing() throws Exception {
		this.mvc.perform(get("/api/me").with(httpBasic("made-up-name", "guess")).with(from("10.0.6.1")))
			.andExpect(status().isUnauthorized());
		assertThat(this.failures.hasFailures("account:made-up-name|address:10.0.6.1")).isTrue();

		this.clock.move(Duration.ofMinutes(61));
		this.failures.forgetQuiet();

		assertThat(this.failures.hasFailures("account:made-up-name|address:10.0.6.1")).isFalse();
		assertThat(this.failures.hasFailures("address:10.0.6.1")).isFalse();
	}

	@Test
	void aFewMistakesAreForgiven() throws Exception {
		for (int i = 1; i <= 9; i++) {
			this.mvc.perform(get("/api/me").with(httpBasic("taras", "typo")).with(from("10.0.3.1")))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/me").with(httpBasic("taras", "taras-password")).with(from("10.0.3.1")))
			.andExpect(status().isOk());
	}

}
