package org.evac.admin.security;

import java.time.Instant;
import java.util.Optional;

import org.evac.admin.accounts.VolunteerController;
import org.evac.admin.web.WebConfiguration;
import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;
import org.evac.domain.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ten wrong passwords a minute for one account, or from one address, and evac stops
 * listening to it for a while, even to the right password.
 */
@WebMvcTest(controllers = VolunteerController.class)
@Import({ SecurityConfiguration.class, WebConfiguration.class, LoginThrottleTest.Passwords.class })
class LoginThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordEncoder passwords;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	AuditLog audit;

	@TestConfiguration
	static class Passwords {

		@Bean
		PasswordEncoder passwordEncoder() {
			return new BCryptPasswordEncoder(4);
		}

	}

	@BeforeEach
	void accounts() {
		for (String name : new String[] { "olena", "taras", "admin" }) {
			given(this.accounts.byUsername(name)).willReturn(Optional.of(new Account(name, name, name,
					this.passwords.encode(name + "-password"), Role.VOLUNTEER, true, Instant.EPOCH)));
		}
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void tenWrongPasswordsForOneAccountLockItEvenFromElsewhere() throws Exception {
		for (int i = 1; i <= 10; i++) {
			this.mvc.perform(get("/api/me").with(httpBasic("olena", "guess-" + i)).with(from("10.0.1." + i)))
				.andExpect(status().isUnauthorized());
		}

		this.mvc.perform(get("/api/me").with(httpBasic("olena", "olena-password")).with(from("10.0.1.99")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Too many failed logins")));
		this.mvc.perform(get("/api/me").with(httpBasic("taras", "taras-password")).with(from("10.0.1.99")))
			.andExpect(status().isOk());
	}

	@Test
	void tenWrongPasswordsFromOneAddressLockThatAddress() throws Exception {
		for (int i = 1; i <= 10; i++) {
			this.mvc
				.perform(post("/login").param("username", "nobody-" + i)
					.param("password", "guess")
					.with(csrf())
					.with(from("10.0.2.1")))
				.andExpect(status().isUnauthorized());
		}

		this.mvc
			.perform(post("/login").param("username", "admin")
				.param("password", "admin-password")
				.with(csrf())
				.with(from("10.0.2.1")))
			.andExpect(status().isTooManyRequests());
		this.mvc
			.perform(post("/login").param("username", "admin")
				.param("password", "admin-password")
				.with(csrf())
				.with(from("10.0.2.2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"));
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
