package org.evac.app.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A volunteer or coordinator as API clients are: HTTP Basic on every call, JSON in and
 * out, no session and no CSRF token.
 */
public final class Volunteer {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final String username;

	private final String password;

	public Volunteer(int port, String username, String password) {
		this.port = port;
		this.username = username;
		this.password = password;
	}

	public static Volunteer admin(RunningEvac evac) {
		return new Volunteer(evac.port(), "admin", RunningEvac.ADMIN_PASSWORD);
	}

	/** Someone with no credentials at all. */
	public static Volunteer anonymous(RunningEvac evac) {
		return new Volunteer(evac.port(), null, null);
	}

	/** A coordinator creates the account; returns the volunteer logged in with it. */
	public Volunteer createVolunteer(String name, String role) {
		String secret = name + "-password-123";
		Reply created = post("/api/volunteers",
				"{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"%s\"}".formatted(name, secret, role));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create " + name + ": " + created);
		}
		return new Volunteer(this.port, name, secret);
	}

	public String username() {
		return this.username;
	}

	public Reply get(String path) {
		return send(request(path).GET());
	}

	public Reply post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST((json == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
	}

	public Reply post(String path) {
		return post(path, null);
	}

	public Reply delete(String path) {
		return send(request(path).DELETE());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (this.username != null) {
			String credentials = this.username + ":" + this.password;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Call failed", ex);
		}
	}

	/** Status, content type and body of an answer. */
	public record Reply(int status, String contentType, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Not JSON: " + this.body, ex);
			}
		}

	}

}
