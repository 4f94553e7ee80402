package org.evac.app.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evac.app.EvacApplication;
import org.evac.telegramfake.FakeTelegramApi;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The whole application, started as {@code java -jar} would start it, talking to a Bot
 * API stand-in over HTTP and to its embedded database over TCP.
 */
public final class RunningEvac implements AutoCloseable {

	public static final String ADMIN_PASSWORD = "test-admin-password";

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	private RunningEvac(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** On a database in memory. */
	public static RunningEvac start(FakeTelegramApi telegram, String... properties) {
		return start(telegram, null, properties);
	}

	/** On a database file in {@code dataDir}, which survives a restart. */
	public static RunningEvac start(FakeTelegramApi telegram, Path dataDir, String... properties) {
		return start(telegram, dataDir, null, properties);
	}

	/**
	 * On a database file in {@code dataDir} (in memory if null), reading the time from
	 * {@code clock} (the system's if null).
	 */
	public static RunningEvac start(FakeTelegramApi telegram, Path dataDir, Clock clock, String... properties) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("server.port", "0");
		settings.put("evac.telegram.token", telegram.token());
		settings.put("evac.telegram.api-url", telegram.baseUrl());
		settings.put("evac.telegram.poll-timeout", "2s");
		settings.put("evac.admin.password", ADMIN_PASSWORD);
		settings.put("evac.delivery.per-chat-burst", "20");
		settings.put("evac.delivery.poll-every", "200ms");
		if (dataDir == null) {
			settings.put("evac.database.in-memory", "true");
		}
		else {
			settings.put("evac.database.data-dir", dataDir.toString());
		}
		settings.put("spring.jmx.enabled", "false");
		for (String property : properties) {
			String plain = property.startsWith("--") ? property.substring(2) : property;
			int eq = plain.indexOf('=');
			settings.put(plain.substring(0, eq), plain.substring(eq + 1));
		}
		// as command-line arguments: they win over application.yml, as they would in
		// production
		String[] args = settings.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		SpringApplicationBuilder application = new SpringApplicationBuilder(EvacApplication.class);
		if (clock != null) {
			// before the configuration is read, so that it stands in for the system's
			// clock
			application.initializers((context) -> context.getBeanFactory().registerSingleton("movedClock", clock));
		}
		ConfigurableApplicationContext context = application.run(args);
		return new RunningEvac(context);
	}

	public MongoTemplate mongo() {
		return this.context.getBean(MongoTemplate.class);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public <T> T bean(String name, Class<T> type) {
		return this.context.getBean(name, type);
	}

	public boolean hasBean(Class<?> type) {
		return !this.context.getBeansOfType(type).isEmpty();
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** GET on the admin API as {@code admin}; returns status and body. */
	public Response get(String path) {
		return get(path, "admin", ADMIN_PASSWORD);
	}

	public Response get(String path, String user, String password) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path));
		if (user != null) {
			String credentials = user + ":" + password;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().isBlank() ? null : this.json.readTree(response.body());
			return new Response(response.statusCode(), body);
		}
		catch (Exception ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
	}

	/** GET as {@code admin}, the body as text (Prometheus, CSV). */
	public String getText(String path) {
		String credentials = "admin:" + ADMIN_PASSWORD;
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
	}

	public record Response(int status, JsonNode body) {
	}

	@Override
	public void close() {
		this.context.close();
	}

}
