package org.evac.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.evac.bench.process.ChildJvm;
import org.evac.bench.process.Launch;
import org.evac.telegramfake.FakeTelegramApi;

/**
 * evac as the bench runs it: {@code java -jar evac.jar} in its own JVM, its database in a
 * fresh directory, talking to the stand-in, with its admin API and health reached over
 * HTTP on the loopback interface.
 */
final class Evac implements AutoCloseable {

	static final String TOKEN = "123456:bench";

	static final String PASSWORD = "bench-admin-password";

	private static final Pattern DATABASE = Pattern.compile("Embedded database listening on \\S*?/?([0-9.]+):(\\d+)");

	private final ChildJvm jvm;

	private final int port;

	/** Keeps cookies as a browser would, so a session, if evac makes one, is used. */
	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.cookieHandler(new java.net.CookieManager())
		.build();

	private Evac(ChildJvm jvm, int port) {
		this.jvm = jvm;
		this.port = port;
	}

	/**
	 * @param settings extra {@code --name=value} settings
	 * @param mongoUri a real MongoDB, or null for the embedded database
	 */
	static Evac start(String name, BenchOptions options, Launch launch, FakeTelegramApi telegram, List<String> settings,
			String mongoUri) throws IOException {
		Path data = options.work().resolve(name + "-data");
		deleteTree(data);
		int port = freePort();
		Map<String, String> env = new HashMap<>();
		env.put("TELEGRAM_BOT_TOKEN", TOKEN);
		env.put("TELEGRAM_API_URL", telegram.baseUrl());
		env.put("SERVER_PORT", Integer.toString(port));
		env.put("EVAC_DATA_DIR", data.toString());
		env.put("EVAC_ADMIN_PASSWORD", PASSWORD);
		env.put("MONGODB_URI", mongoUri);
		env.put("EVAC_DATABASE", (mongoUri == null) ? null : "evac_bench");
		List<String> program = new ArrayList<>(List.of("-jar", options.evacJar().toString(),
				"--management.endpoints.web.exposure.include=health,metrics"));
		program.addAll(settings);
		program.addAll(options.evacSettings());
		return new Evac(ChildJvm.start(name, options.work(), launch.flags(name), program, env), port);
	}

	ChildJvm jvm() {
		return this.jvm;
	}

	int port() {
		return this.port;
	}

	/**
	 * Waits for {@code /actuator/health} to say UP.
	 * @return seconds from the process's start
	 */
	double awaitHealthy(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.jvm.isAlive()) {
				throw new IllegalStateException("evac exited; see " + this.jvm.log());
			}
			try {
				if (get("/actuator/health", false).statusCode() == 200) {
					return (System.nanoTime() - this.jvm.startedNanos()) / 1e9;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("evac was not healthy within " + limit + "; see " + this.jvm.log());
	}

	/** The embedded database's connection string, read from evac's log. */
	String embeddedDatabase() {
		Matcher m = DATABASE.matcher(this.jvm.logText());
		if (!m.find()) {
			throw new IllegalStateException("evac's log does not say where its database listens");
		}
		return "mongodb://" + m.group(1) + ":" + m.group(2) + "/evac";
	}

	/**
	 * A client of the bench's own: no call may wait for ever on a database that hangs.
	 */
	static MongoClient mongo(String uri) {
		return MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(uri))
			.applyToSocketSettings(socket -> socket.readTimeout(120, TimeUnit.SECONDS))
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(30, TimeUnit.SECONDS))
			.build());
	}

	/** The heap in use now, from evac's metrics, in MiB (-1 when it cannot say). */
	double heapUsedMb() {
		try {
			String body = get("/actuator/metrics/jvm.memory.used?tag=area:heap", true).body();
			Matcher m = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)").matcher(body);
			return m.find() ? Double.parseDouble(m.group(1)) / (1024 * 1024) : -1;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			return -1;
		}
	}

	HttpResponse<String> get(String path, boolean asAdmin) throws IOException, InterruptedException {
		return get(path, asAdmin, Duration.ofSeconds(30));
	}

	HttpResponse<String> get(String path, boolean asAdmin, Duration timeout) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(timeout);
		if (asAdmin) {
			String credentials = Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + credentials);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() throws InterruptedException {
		this.jvm.close();
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
