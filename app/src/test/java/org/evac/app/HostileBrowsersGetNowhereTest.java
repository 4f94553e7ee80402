package org.evac.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.evac.app.testing.PageSession;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.Requests;
import org.evac.domain.request.RequestsFixtures;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser meets: it is never asked for HTTP Basic, a page of another site cannot
 * change anything with credentials the browser remembered, cookies and headers hold over
 * HTTPS behind the trusted proxy, and an anonymous visitor learns nothing of the API.
 */
class HostileBrowsersGetNowhereTest {

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		// the tests play the TLS proxy from 127.0.0.1
		evac = RunningEvac.start(telegram, "evac.login.trusted-proxies=127.0.0.1");
		admin = Volunteer.admin(evac);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + evac.port() + path));
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aBrowserIsNeverAskedForBasicCredentialsAScriptIs() {
		HttpResponse<String> opened = send(request("/api/export.csv").header("Accept", "text/html,*/*;q=0.8")
			.header("Sec-Fetch-Mode", "navigate"));
		HttpResponse<String> fetched = send(request("/api/requests").header("Sec-Fetch-Site", "same-origin"));
		HttpResponse<String> script = send(request("/api/requests").header("Accept", "application/json"));

		assertThat(opened.statusCode()).isEqualTo(401);
		assertThat(opened.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(fetched.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(script.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"evac\"");
	}

	@Test
	void aPageOfAnotherSiteCannotClaimWithCredentialsTheBrowserRemembered() {
		String id = evac.bean(Requests.class).file(9101L, "hostile-1", Language.UK, RequestsFixtures.family()).id();
		String claim = "/api/requests/" + id + "/claim";

		HttpResponse<String> crossSite = send(
				request(claim).header("Authorization", basic("admin", RunningEvac.ADMIN_PASSWORD))
					.header("Sec-Fetch-Site", "cross-site")
					.POST(HttpRequest.BodyPublishers.noBody()));
		HttpResponse<String> foreignOrigin = send(
				request(claim).header("Authorization", basic("admin", RunningEvac.ADMIN_PASSWORD))
					.header("Origin", "https://evil.example")
					.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(crossSite.statusCode()).isEqualTo(403);
		assertThat(foreignOrigin.statusCode()).isEqualTo(403);
		assertThat(admin.get("/api/requests/" + id).json().path("claimedBy").isTextual()).isFalse();
		assertThat(admin.post(claim).status()).as("a script's Basic still works").isEqualTo(200);
	}

	@Test
	void overHttpsBehindTheProxyCookiesAreSecureAndTheBrowserIsToldToStayOnHttps() {
		HttpResponse<String> page = send(request("/").header("X-Forwarded-Proto", "https"));
		HttpResponse<String> first = send(
				request("/api/me").header("X-Forwarded-Proto", "https").header("X-Requested-With", "XMLHttpRequest"));
		String token = first.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> login = send(request("/login").header("X-Forwarded-Proto", "https")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", token.substring(0, token.indexOf(';')))
			.header("X-XSRF-TOKEN", token.substring("XSRF-TOKEN=".length(), token.indexOf(';')))
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + RunningEvac.ADMIN_PASSWORD)));

		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(token).contains("Secure").contains("SameSite=Lax");
		assertThat(login.statusCode()).isEqualTo(200);
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
		HttpResponse<String> plain = send(request("/"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void anAnonymousVisitorSeesOnlyWhetherEvacIsUp() {
		HttpResponse<String> health = send(request("/actuator/health"));

		assertThat(health.body()).matches("\\{\"status\":\"(UP|DOWN)\"}");
		assertThat(send(request("/v3/api-docs")).statusCode()).isEqualTo(401);
		assertThat(send(request("/swagger-ui/index.html")).statusCode()).isEqualTo(401);
		assertThat(admin.get("/actuator/health").body()).contains("components");
		assertThat(admin.get("/v3/api-docs").status()).isEqualTo(200);
	}

	@Test
	void theLoggedInPageStillWorks() {
		PageSession page = PageSession.login(evac, "admin", RunningEvac.ADMIN_PASSWORD);
		String id = evac.bean(Requests.class).file(9102L, "hostile-2", Language.UK, RequestsFixtures.family()).id();

		assertThat(page.post("/api/requests/" + id + "/claim", null).status()).isEqualTo(200);
	}

}
