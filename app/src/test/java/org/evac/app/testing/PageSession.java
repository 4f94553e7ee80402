package org.evac.app.testing;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.evac.app.testing.Volunteer.Reply;

/**
 * The volunteers' page as a browser runs it: logs in with the form, keeps the session
 * cookie, and sends the CSRF token from the {@code XSRF-TOKEN} cookie with every change.
 */
public final class PageSession {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private final int port;

	private PageSession(int port) {
		this.port = port;
	}

	/** Logs in through the form; fails when the login does. */
	public static PageSession login(RunningEvac evac, String username, String password) {
		PageSession page = new PageSession(evac.port());
		page.get("/api/me"); // the first answer brings the CSRF cookie
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		Reply login = page.send(page.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", page.csrf())
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		if (login.status() != 200) {
			throw new IllegalStateException("Could not log in as " + username + ": " + login);
		}
		return page;
	}

	public Reply get(String path) {
		return send(request(path).GET());
	}

	public Reply post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", csrf())
			.POST((json == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
	}

	public String csrf() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Requested-With", "XMLHttpRequest")
			.header("Accept", "application/json");
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

}
