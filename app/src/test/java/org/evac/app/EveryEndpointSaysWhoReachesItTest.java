package org.evac.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every endpoint the application maps under {@code /api} and calls it as nobody, as
 * a volunteer and as a coordinator. The table below is the one place that says who may
 * reach what; a new endpoint fails this test until it is added there.
 */
class EveryEndpointSaysWhoReachesItTest {

	static final String COORDINATORS = "coordinators";

	static final String EVERYONE = "everyone logged in";

	/** The walker's coordinator is the first account, an admin: both reach these. */
	static final String ADMINS = "admins";

	static final Map<String, String> WHO = Map.ofEntries(Map.entry("GET /api/me", EVERYONE),
			Map.entry("POST /api/me/password", EVERYONE), Map.entry("GET /api/requests", EVERYONE),
			Map.entry("GET /api/requests/{id}", EVERYONE),
			Map.entry("GET /api/requests/{id}/thread/{messageId}/file", EVERYONE),
			Map.entry("POST /api/requests/{id}/claim", EVERYONE),
			Map.entry("POST /api/requests/{id}/release", EVERYONE),
			Map.entry("POST /api/requests/{id}/status", EVERYONE), Map.entry("POST /api/requests/{id}/notes", EVERYONE),
			Map.entry("POST /api/requests/{id}/messages", EVERYONE), Map.entry("GET /api/stats", EVERYONE),
			Map.entry("GET /api/places", EVERYONE), Map.entry("GET /api/places/{oblast}/safer-towns", EVERYONE),
			Map.entry("GET /api/hotlines", EVERYONE), Map.entry("POST /api/requests/{id}/merge", COORDINATORS),
			Map.entry("GET /api/claims", COORDINATORS), Map.entry("GET /api/volunteers", COORDINATORS),
			Map.entry("POST /api/volunteers", COORDINATORS),
			Map.entry("DELETE /api/volunteers/{username}", COORDINATORS), Map.entry("GET /api/audit", COORDINATORS),
			Map.entry("GET /api/export.csv", COORDINATORS),
			Map.entry("POST /api/places/{oblast}/safer-towns", COORDINATORS),
			Map.entry("PUT /api/safer-towns/{code}", COORDINATORS),
			Map.entry("DELETE /api/safer-towns/{code}", COORDINATORS), Map.entry("POST /api/hotlines", COORDINATORS),
			Map.entry("PUT /api/hotlines/{code}", COORDINATORS), Map.entry("DELETE /api/hotlines/{code}", COORDINATORS),
			Map.entry("GET /api/places/occupied", EVERYONE), Map.entry("POST /api/places/occupied", COORDINATORS),
			Map.entry("DELETE /api/places/occupied/{code}", COORDINATORS), Map.entry("GET /api/me/tokens", EVERYONE),
			Map.entry("POST /api/me/tokens", EVERYONE), Map.entry("DELETE /api/me/tokens/{id}", EVERYONE),
			Map.entry("GET /api/tokens", COORDINATORS), Map.entry("DELETE /api/tokens/{id}", COORDINATORS),
			Map.entry("GET /api/reference/unchecked", COORDINATORS),
			Map.entry("POST /api/hotlines/{code}/checked", COORDINATORS),
			Map.entry("POST /api/safer-towns/{code}/checked", COORDINATORS),
			Map.entry("POST /api/safer-towns/{code}/evacuation-order", COORDINATORS),
			Map.entry("GET /api/teams", COORDINATORS), Map.entry("GET /api/teams/{id}", COORDINATORS),
			Map.entry("POST /api/teams", ADMINS), Map.entry("PUT /api/teams/{id}", ADMINS),
			Map.entry("DELETE /api/teams/{id}", ADMINS), Map.entry("POST /api/requests/{id}/team", COORDINATORS),
			Map.entry("GET /api/me/telegram", EVERYONE), Map.entry("POST /api/me/telegram/code", EVERYONE),
			Map.entry("DELETE /api/me/telegram", EVERYONE),
			// runs: every change and the run sheet also check that the caller leads the
			// run
			Map.entry("POST /api/runs", EVERYONE), Map.entry("GET /api/runs", EVERYONE),
			Map.entry("GET /api/runs/{id}", EVERYONE), Map.entry("POST /api/runs/{id}/suggest", EVERYONE),
			Map.entry("POST /api/runs/{id}/requests/{requestId}", EVERYONE),
			Map.entry("DELETE /api/runs/{id}/requests/{requestId}", EVERYONE),
			Map.entry("POST /api/runs/{id}/schedule", EVERYONE), Map.entry("POST /api/runs/{id}/close", EVERYONE),
			Map.entry("GET /api/runs/{id}/sheet", EVERYONE), Map.entry("GET /api/runs/{id}/sheet.pdf", EVERYONE),
			Map.entry("GET /api/map/markers", EVERYONE));

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static String volunteerPassword;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram);
		Volunteer.admin(evac).createVolunteer("walker", "VOLUNTEER");
		volunteerPassword = "walker-password-123";
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	static Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		RequestMappingHandlerMapping mapping = evac.bean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				if (path.startsWith("/api/")) {
					(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
						.forEach(method -> endpoints.add(method + " " + path));
				}
			}
		}
		return endpoints;
	}

	@Test
	void everyMappedEndpointIsInTheTable() {
		assertThat(mappedEndpoints()).containsExactlyInAnyOrderElementsOf(WHO.keySet());
	}

	@Test
	void eachRoleReachesExactlyWhatTheTableSays() {
		Map<String, String> wrong = new TreeMap<>();
		for (String endpoint : mappedEndpoints()) {
			String expected = WHO.getOrDefault(endpoint, "not in the table");
			int anonymous = call(endpoint, null, null);
			int volunteer = call(endpoint, "walker", volunteerPassword);
			int coordinator = call(endpoint, "admin", RunningEvac.ADMIN_PASSWORD);
			boolean right = anonymous == 401 && coordinator != 401 && coordinator != 403
					&& (COORDINATORS.equals(expected) || ADMINS.equals(expected) ? volunteer == 403
							: volunteer != 401 && volunteer != 403);
			if (!right) {
				wrong.put(endpoint, "expected %s; nobody %d, volunteer %d, coordinator %d".formatted(expected,
						anonymous, volunteer, coordinator));
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * The endpoint with made-up path variables and an empty body: only the role counts.
	 */
	int call(String endpoint, String user, String password) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1)
			.replace("{id}", "000000000000000000000000")
			.replaceAll("\\{[^}]+}", "nothing-here");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + evac.port() + path))
			.header("Content-Type", "application/json")
			.method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString("{}"));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(endpoint + " failed", ex);
		}
	}

}
