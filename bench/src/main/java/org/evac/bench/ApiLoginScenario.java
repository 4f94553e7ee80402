package org.evac.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.evac.bench.process.Launch;
import org.evac.bench.queue.RequestDocuments;
import org.evac.bench.report.Latency;
import org.evac.bench.report.Results;
import org.evac.telegramfake.FakeTelegramApi;

/**
 * Scenario 4: what logging in costs an API call. {@code GET /api/requests/{id}} (one
 * request stored; the read is audited, as every read of personal data) from 12 clients at
 * once, each with its own connection, logged in four ways: HTTP Basic verified by bcrypt
 * on every call (evac started with the cache of verified credentials off), HTTP Basic
 * with that cache (evac's default), a personal access token, and a page session. Writes
 * {@code api-logins.md} beside the other results. Target: p50 under 20 ms.
 *
 * <pre>
 * java -cp bench/target/evac-bench.jar org.evac.bench.ApiLoginScenario [--api-calls=100]
 * </pre>
 */
final class ApiLoginScenario {

	static final int CLIENTS = 12;

	static final double TARGET_P50_MS = 20;

	private static final int WARM_UP = 5;

	private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

	private final BenchOptions options;

	private final Launch launch;

	private final int calls;

	ApiLoginScenario(BenchOptions options, Launch launch, int calls) {
		this.options = options;
		this.launch = launch;
		this.calls = calls;
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		Files.createDirectories(options.work());
		Files.createDirectories(options.results());
		int calls = 100;
		for (String arg : args) {
			if (arg.startsWith("--api-calls=")) {
				calls = Integer.parseInt(arg.substring("--api-calls=".length()));
			}
		}
		new ApiLoginScenario(options, new Launch(options.jvmFlags(), false, options.work().toAbsolutePath()), calls)
			.run();
	}

	/** Runs every way of logging in and writes the table; answers it. */
	String run() throws Exception {
		String load = Machine.load();
		Map<String, Latency> figures = new LinkedHashMap<>();
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			// bcrypt on every call: each takes 12 clients × ~0.25 s of CPU, so fewer
			// calls
			measureOn("api-logins-uncached", telegram, List.of("--evac.api-clients.basic-cache-for=0s"),
					(evac, id) -> figures.put("Basic, bcrypt every call (cache off)",
							measure(evac, id, Math.max(5, this.calls / 10), UnaryOperator.identity(), basic())));
			measureOn("api-logins", telegram, List.of(), (evac, id) -> {
				figures.put("Basic, verified credential cached (default)",
						measure(evac, id, this.calls, UnaryOperator.identity(), basic()));
				String token = token(evac);
				figures.put("Bearer personal access token",
						measure(evac, id, this.calls, UnaryOperator.identity(), "Bearer " + token));
				figures.put("page session (cookie)", measure(evac, id, this.calls, b -> b, null));
			});
		}
		String table = table(figures, load);
		Files.writeString(this.options.results().resolve("api-logins.md"), table);
		System.out.println(table);
		return table;
	}

	private void measureOn(String name, FakeTelegramApi telegram, List<String> settings, Measurement measurement)
			throws Exception {
		Evac evac = Evac.start(name, this.options, this.launch, telegram, settings, null);
		try {
			evac.awaitHealthy(Duration.ofSeconds(180));
			String id;
			try (MongoClient client = Evac.mongo(evac.embeddedDatabase())) {
				Document request = new RequestDocuments().next(0, 1).get(0);
				client.getDatabase("evac").getCollection("requests").insertOne(request);
				id = request.getObjectId("_id").toHexString();
			}
			measurement.on(evac, id);
		}
		finally {
			evac.close();
		}
	}

	/**
	 * {@code calls} measured calls from each of 12 clients at once, after a few
	 * unmeasured.
	 * @param authorization the header, or null for a page session of each client's own
	 */
	private Latency measure(Evac evac, String id, int calls, UnaryOperator<HttpRequest.Builder> extra,
			String authorization) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<List<Double>>> clients = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				clients.add(pool.submit(() -> client(evac, id, calls, extra, authorization)));
			}
			List<Double> all = new ArrayList<>();
			for (Future<List<Double>> client : clients) {
				all.addAll(client.get());
			}
			Latency latency = Latency.of(all.stream().mapToDouble(Double::doubleValue).toArray());
			Bench.say("  %s: p50 %.1f ms, p99 %.1f ms (%d calls)",
					(authorization == null) ? "session" : authorization.substring(0, authorization.indexOf(' ')),
					latency.p50(), latency.p99(), latency.count());
			return latency;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<Double> client(Evac evac, String id, int calls, UnaryOperator<HttpRequest.Builder> extra,
			String authorization) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String base = "http://127.0.0.1:" + evac.port();
		if (authorization == null) {
			login(http, cookies, base);
		}
		List<Double> times = new ArrayList<>();
		for (int call = -WARM_UP; call < calls; call++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/requests/" + id))
				.timeout(Duration.ofSeconds(60));
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			long start = System.nanoTime();
			HttpResponse<Void> response = http.send(extra.apply(request).build(),
					HttpResponse.BodyHandlers.discarding());
			double ms = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET /api/requests/{id} answered " + response.statusCode());
			}
			if (call >= 0) {
				times.add(ms);
			}
		}
		return times;
	}

	/** The page's login: a CSRF cookie first, then the form. */
	private static void login(HttpClient http, CookieManager cookies, String base) throws Exception {
		http.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(), HttpResponse.BodyHandlers.discarding());
		String csrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
		String form = "username=admin&password=" + URLEncoder.encode(Evac.PASSWORD, StandardCharsets.UTF_8);
		HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", csrf)
			.header("X-Requested-With", "XMLHttpRequest")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		if (login.statusCode() != 200) {
			throw new IllegalStateException("The page login answered " + login.statusCode());
		}
	}

	private static String basic() {
		return "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + Evac.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** A personal access token of the admin's, made with Basic as a script would. */
	static String token(Evac evac) throws Exception {
		HttpResponse<String> made = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + evac.port() + "/api/me/tokens"))
				.header("Authorization", basic())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"days\":1}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher secret = SECRET.matcher(made.body());
		if (made.statusCode() != 201 || !secret.find()) {
			throw new IllegalStateException("No token: " + made.statusCode());
		}
		return secret.group(1);
	}

	private String table(Map<String, Latency> figures, String load) {
		Results.Machine machine = Machine.describe(load);
		StringBuilder md = new StringBuilder("## API logins: GET /api/requests/{id}, " + CLIENTS
				+ " clients at once\n\n" + OffsetDateTime.now(ZoneOffset.UTC)
				+ ", %d cores, Java %s, load %s → %s".formatted(machine.cpus(), machine.java(), machine.loadBefore(),
						machine.loadAfter())
				+ "\n\n| logged in with | calls | p50 (ms) | p99 (ms) | max (ms) | p50 < " + (int) TARGET_P50_MS
				+ " ms |\n|---|---:|---:|---:|---:|---|\n");
		figures.forEach((way, l) -> md.append("| %s | %d | %.1f | %.1f | %.1f | %s |\n".formatted(way, l.count(),
				l.p50(), l.p99(), l.max(), (l.p50() < TARGET_P50_MS) ? "met" : "missed")));
		return md.toString();
	}

	@FunctionalInterface
	private interface Measurement {

		void on(Evac evac, String requestId) throws Exception;

	}

}
