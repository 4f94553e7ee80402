package org.evac.admin.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.evac.admin.requests.RequestQueue;
import org.evac.admin.requests.Urgency;
import org.evac.admin.security.SecurityConfiguration;
import org.evac.admin.web.WebConfiguration;
import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.ClaimedByOther;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.server.ResponseStatusException;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The casework endpoints as HTTP sees them: security, CSRF for the page's session, and
 * errors as problems. The casework itself is stood in for (it has its own tests on a real
 * database).
 */
@WebMvcTest(controllers = CaseworkController.class)
@Import({ SecurityConfiguration.class, WebConfiguration.class, CaseworkControllerTest.Passwords.class })
class CaseworkControllerTest {

	static final String ID = "6560a1b2c3d4e5f6a7b8c9d0";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Casework casework;

	@MockitoBean
	RequestQueue queue;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	SettlementRegister settlements;

	@Autowired
	PasswordEncoder passwords;

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
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	@BeforeEach
	void accounts() {
		given(this.accounts.byUsername("olena")).willReturn(Optional.of(new Account("1", "olena", "Olena",
				this.passwords.encode("olena-password"), Role.VOLUNTEER, true, Instant.EPOCH, false)));
		given(this.queue.urgency()).willReturn(new Urgency(Instant.now(Clock.systemUTC()), Duration.ofHours(24)));
	}

	static RequestPostProcessor volunteer() {
		return user("olena").roles("VOLUNTEER");
	}

	/** What the page's calls look like: a session cookie, so a CSRF token is needed. */
	static RequestPostProcessor withSession() {
		return request -> {
			request.setRequestedSessionId("page-session");
			return request;
		};
	}

	@Test
	void aClaimSomeoneElseHoldsIs409NamingThem() throws Exception {
		given(this.casework.claim(eq(ID), any())).willThrow(new ClaimedByOther("EV-1001", "taras"));

		this.mvc.perform(post("/api/requests/{id}/claim", ID).with(volunteer()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.claimedBy").value("taras"))
			.andExpect(jsonPath("$.detail").value("Request EV-1001 is claimed by taras"));
	}

	@Test
	void aForbiddenMoveIs409WithTheReason() throws Exception {
		given(this.casework.changeStatus(eq(ID), any(), eq(RequestStatus.EVACUATED), any(), any())).willThrow(
				new ResponseStatusException(HttpStatus.CONFLICT, "Request EV-1001 cannot move from NEW to EVACUATED"));

		this.mvc
			.perform(post("/api/requests/{id}/status", ID).with(volunteer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"EVACUATED\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Request EV-1001 cannot move from NEW to EVACUATED"));
	}

	@Test
	void aBodyThatTriesToSetTheClaimIsRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/requests/{id}/notes", ID).with(volunteer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"hi\",\"claimedBy\":\"olena\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("claimedBy"));
	}

	@Test
	void aMissingTextIs400NamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/requests/{id}/messages", ID).with(volunteer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("text"));
	}

	@Test
	void anUnknownStatusIs400NamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/requests/{id}/status", ID).with(volunteer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"TELEPORTED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("status"));
	}

	@Test
	void aHugeBodyIs413() throws Exception {
		this.mvc
			.perform(post("/api/requests/{id}/notes", ID).with(volunteer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"" + "x".repeat(70_000) + "\"}"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void withoutCredentialsApiClientsAreAskedForBasicAndThePageIsNot() throws Exception {
		this.mvc.perform(post("/api/requests/{id}/claim", ID))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"evac\""));
		this.mvc.perform(get("/api/requests/{id}", ID).header("X-Requested-With", "XMLHttpRequest"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	@Test
	void thePagesSessionCallsNeedTheCsrfToken() throws Exception {
		given(this.casework.release(eq(ID), any())).willThrow(Casework.notFound(ID));

		this.mvc.perform(post("/api/requests/{id}/release", ID).with(volunteer()).with(withSession()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("The CSRF token is missing or wrong: reload the page"));
		this.mvc.perform(post("/api/requests/{id}/release", ID).with(volunteer()).with(withSession()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void basicClientsNeedNoCsrfTokenButACrossSiteBrowserCallDoes() throws Exception {
		given(this.casework.claim(eq(ID), any())).willThrow(Casework.notFound(ID));

		this.mvc.perform(post("/api/requests/{id}/claim", ID).with(httpBasic("olena", "olena-password")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/requests/{id}/claim", ID).with(httpBasic("olena", "olena-password"))
				.with(withSession())
				.header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isForbidden());
	}

	/**
	 * The role is on the endpoint and checked before the body is read; every endpoint is
	 * walked by {@code EveryEndpointSaysWhoReachesItTest}.
	 */
	@Test
	void aVolunteerCannotMergeNorLearnWhatIsWrongWithTheBody() throws Exception {
		this.mvc
			.perform(post("/api/requests/{id}/merge", ID).with(volunteer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/requests/{id}/merge", ID).with(volunteer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"into\":\"EV-1001\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
