package org.evac.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.evac.admin.security.AccessTokens;
import org.evac.app.testing.PageSession;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API clients log in with a personal access token, or with HTTP Basic checked by bcrypt
 * once and then remembered for a minute; a revoked, expired or wrong token, and anything
 * of a disabled account, gets 401 at once. Accounts and tokens are re-read only every
 * hour here, so that "at once" cannot come from a recheck.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiClientsLogInWithoutBcryptTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "evac.sessions.recheck-after=1h");
		admin = Volunteer.admin(evac);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	@Test
	void aTokenLogsInAndItsSecretIsShownOnlyAtCreation() throws Exception {
		Volunteer olena = admin.createVolunteer("olena", "VOLUNTEER");
		Volunteer.Reply created = olena.post("/api/me/tokens", "{\"name\":\"export script\",\"days\":30}");
		assertThat(created.status()).isEqualTo(201);
		String secret = created.json().get("secret").asText();
		assertThat(secret).startsWith("evac_pat_").hasSizeGreaterThanOrEqualTo(9 + 43);

		assertThat(call("GET", "/api/requests", bearer(secret)).status()).isEqualTo(200);
		assertThat(call("GET", "/api/me", bearer(secret)).json().get("username").asText()).isEqualTo("olena");
		Volunteer.Reply listed = olena.get("/api/me/tokens");
		assertThat(listed.json().get(0).get("name").asText()).isEqualTo("export script");
		assertThat(listed.body()).doesNotContain(secret).doesNotContain("secret");
		assertThat(admin.get("/api/tokens").body()).doesNotContain(secret);
		Document stored = evac.mongo().getCollection("access_tokens").find().first();
		assertThat(stored.toJson()).doesNotContain(secret.substring(9));
	}

	@Test
	void aWrongRevokedOrExpiredTokenGets401() throws Exception {
		Volunteer taras = admin.createVolunteer("taras", "VOLUNTEER");
		String secret = taras.post("/api/me/tokens", "{\"name\":\"laptop\"}").json().get("secret").asText();
		String id = taras.get("/api/me/tokens").json().get(0).get("id").asText();
		assertThat(call("GET", "/api/requests", bearer(secret + "x")).status()).isEqualTo(401);
		assertThat(call("GET", "/api/requests", bearer("evac_pat_" + "A".repeat(43))).status()).isEqualTo(401);
		assertThat(call("GET", "/api/requests", "Bearer ").status()).isEqualTo(401);

		// a client revokes its own token with the token itself: no CSRF token needed
		assertThat(call("DELETE", "/api/me/tokens/" + id, bearer(secret)).status()).isEqualTo(204);
		assertThat(call("GET", "/api/requests", bearer(secret)).status()).isEqualTo(401);

		String expired = evac.bean(AccessTokens.class).create("taras", "old", Instant.now().minusSeconds(1)).secret();
		assertThat(call("GET", "/api/requests", bearer(expired)).status()).isEqualTo(401);
	}

	@Test
	void aCoordinatorRevokesSomeoneElsesTokenAndAVolunteerCannot() throws Exception {
		Volunteer ira = admin.createVolunteer("ira", "VOLUNTEER");
		Volunteer max = admin.createVolunteer("max", "VOLUNTEER");
		String secret = ira.post("/api/me/tokens", "{\"name\":\"phone\"}").json().get("secret").asText();
		String id = ira.get("/api/me/tokens").json().get(0).get("id").asText();

		assertThat(max.delete("/api/me/tokens/" + id).status()).isEqualTo(404);
		assertThat(max.delete("/api/tokens/" + id).status()).isEqualTo(403);
		assertThat(call("GET", "/api/requests", bearer(secret)).status()).isEqualTo(200);

		assertThat(admin.delete("/api/tokens/" + id).status()).isEqualTo(204);
		assertThat(call("GET", "/api/requests", bearer(secret)).status()).isEqualTo(401);
		assertThat(ira.get("/api/me/tokens").json().get(0).get("revokedBy").asText()).isEqualTo("admin");
	}

	@Test
	void aTokenCannotMakeAnotherToken() throws Exception {
		Volunteer petro = admin.createVolunteer("petro2", "VOLUNTEER");
		String secret = petro.post("/api/me/tokens", "{\"name\":\"ci\"}").json().get("secret").asText();
		assertThat(call("POST", "/api/me/tokens", bearer(secret), "{\"name\":\"more\"}").status()).isEqualTo(403);
	}

	@Test
	void thePageMakesATokenWithItsSession() {
		admin.createVolunteer("lesia", "VOLUNTEER");
		PageSession page = PageSession.login(evac, "lesia", "lesia-password-123");
		Volunteer.Reply created = page.post("/api/me/tokens", "{\"name\":\"from the page\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("token").get("usable").asBoolean()).isTrue();
	}

	@Test
	void aDisabledAccountsTokenAndCachedBasicStopAtOnce() throws Exception {
		Volunteer oksana = admin.createVolunteer("oksana", "VOLUNTEER");
		String secret = oksana.post("/api/me/tokens", "{\"name\":\"script\"}").json().get("secret").asText();
		assertThat(oksana.get("/api/requests").status()).isEqualTo(200);
		assertThat(oksana.get("/api/requests").status()).isEqualTo(200); // remembered now
		assertThat(call("GET", "/api/requests", bearer(secret)).status()).isEqualTo(200);

		assertThat(admin.delete("/api/volunteers/oksana").status()).isEqualTo(204);

		assertThat(oksana.get("/api/requests").status()).isEqualTo(401);
		assertThat(call("GET", "/api/requests", bearer(secret)).status()).isEqualTo(401);
	}

	@Test
	void aPasswordChangeForgetsTheRememberedBasicCredential() {
		Volunteer old = admin.createVolunteer("marta", "VOLUNTEER");
		assertThat(old.get("/api/requests").status()).isEqualTo(200);
		assertThat(old.get("/api/requests").status()).isEqualTo(200); // remembered now

		assertThat(
				old.post("/api/me/password", "{\"current\":\"marta-password-123\",\"next\":\"marta-new-password-456\"}")
					.status())
			.isEqualTo(204);

		assertThat(old.get("/api/requests").status()).isEqualTo(401);
		assertThat(new Volunteer(evac.port(), "marta", "marta-new-password-456").get("/api/requests").status())
			.isEqualTo(200);
	}

	/**
	 * Another instance changes the password: this one goes on trusting the credential it
	 * verified until it reads the account again, which shows the check was remembered.
	 */
	@Test
	void aVerifiedBasicCredentialIsRememberedUntilTheAccountIsReadAgain() {
		Volunteer roman = admin.createVolunteer("roman", "VOLUNTEER");
		assertThat(roman.get("/api/requests").status()).isEqualTo(200);
		evac.mongo()
			.updateFirst(Query.query(Criteria.where("username").is("roman")),
					Update.update("passwordHash", new BCryptPasswordEncoder(4).encode("changed-elsewhere-123")),
					"accounts");

		assertThat(roman.get("/api/requests").status()).isEqualTo(200);
		Volunteer wrong = new Volunteer(evac.port(), "roman", "roman-password-1234");
		assertThat(wrong.get("/api/requests").status()).isEqualTo(401);
	}

	/**
	 * Another instance revokes the token: this one goes on trusting the token it read
	 * until it reads it again, which shows the token was remembered; a revocation made
	 * here forgets it at once.
	 */
	@Test
	void aTokenReadLatelyIsRememberedUntilReadAgainAndARevocationHereForgetsIt() throws Exception {
		Volunteer bohdan = admin.createVolunteer("bohdan", "VOLUNTEER");
		Volunteer.Reply created = bohdan.post("/api/me/tokens", "{\"name\":\"sync\"}");
		String secret = created.json().get("secret").asText();
		String id = created.json().get("token").get("id").asText();
		assertThat(call("GET", "/api/requests", bearer(secret)).status()).isEqualTo(200);
		evac.mongo()
			.updateFirst(Query.query(Criteria.where("username").is("bohdan")),
					Update.update("revokedAt", Instant.now()).set("revokedBy", "elsewhere"), "access_tokens");

		assertThat(call("GET", "/api/requests", bearer(secret)).status()).isEqualTo(200);

		evac.bean(AccessTokens.class).revoke(id, "admin");
		assertThat(call("GET", "/api/requests", bearer(secret)).status()).isEqualTo(401);
	}

	@Test
	void tokensNeverAppearInLogsOrTheAudit(CapturedOutput output) throws Exception {
		Volunteer yurii = admin.createVolunteer("yurii", "VOLUNTEER");
		Volunteer.Reply created = yurii.post("/api/me/tokens", "{\"name\":\"bot\"}");
		String secret = created.json().get("secret").asText();
		String id = created.json().get("token").get("id").asText();
		call("GET", "/api/requests", bearer(secret));
		call("GET", "/api/requests", bearer(secret + "typo"));
		call("DELETE", "/api/me/tokens/" + id, bearer(secret));
		call("GET", "/api/requests", bearer(secret));

		JsonNode audit = admin.get("/api/audit?account=yurii").json();
		assertThat(audit.toString()).contains("token " + id).doesNotContain(secret.substring(9));
		assertThat(output.getAll()).doesNotContain(secret.substring(9));
	}

	static String bearer(String secret) {
		return "Bearer " + secret;
	}

	/** A script's call keeps no state on the server: a session per call would pile up. */
	@Test
	void aCallWithATokenOrBasicMakesNoSession() throws Exception {
		Volunteer nina = admin.createVolunteer("nina", "VOLUNTEER");
		String secret = nina.post("/api/me/tokens", "{\"name\":\"cron\"}").json().get("secret").asText();
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString("nina:nina-password-123".getBytes(StandardCharsets.UTF_8));
		for (String authorization : new String[] { basic, basic, bearer(secret) }) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + evac.port() + "/api/requests"))
					.header("Authorization", authorization)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
		}
	}

	Volunteer.Reply call(String method, String path, String authorization) throws Exception {
		return call(method, path, authorization, null);
	}

	Volunteer.Reply call(String method, String path, String authorization, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + evac.port() + path))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.method(method,
					(json == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<String> response = this.http.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Volunteer.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body());
	}

}
