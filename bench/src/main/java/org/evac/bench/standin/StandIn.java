package org.evac.bench.standin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A lean Bot API for the benchmark: long-polled {@code getUpdates} with offsets, and
 * every sending method accepted at once (no artificial delay), timestamped and handed to
 * a listener. Unlike the tests' stand-in it validates nothing: it must cost the measured
 * bot as little as possible. It listens on the loopback interface only.
 */
public final class StandIn implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final byte[] TRUE = "{\"ok\":true,\"result\":true}".getBytes(StandardCharsets.UTF_8);

	private static final byte[] TOO_MANY = ("{\"ok\":false,\"error_code\":429,"
			+ "\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}")
		.getBytes(StandardCharsets.UTF_8);

	private static final String BOT = "{\"id\":1,\"is_bot\":true,\"first_name\":\"evac\",\"username\":\"evac_bench_bot\"}";

	private final HttpServer server;

	private final ExecutorService pool;

	private final UpdateQueue updates = new UpdateQueue();

	private final AtomicInteger messageIds = new AtomicInteger(1_000_000);

	private final AtomicLong firstPoll = new AtomicLong();

	private final LongAdder refused = new LongAdder();

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private volatile Limits limits;

	private volatile CallListener listener = call -> {
	};

	/** Told of every sending call, on the thread that answers it: keep it short. */
	public interface CallListener {

		void called(Call call);

	}

	private StandIn(int threads) throws IOException {
		// Without it every answer waits for the client's delayed ACK (Nagle): 40 ms a
		// call, which would make the stand-in the bottleneck.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
		this.pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "stand-in");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.pool);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static StandIn start(int threads) {
		try {
			return new StandIn(threads);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The stand-in could not listen", ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public UpdateQueue updates() {
		return this.updates;
	}

	/** Enforce these limits from now on (null: accept everything). */
	public void limits(Limits limits) {
		this.limits = limits;
	}

	public void listener(CallListener listener) {
		this.listener = listener;
	}

	/** When the bot first asked for updates ({@link System#nanoTime()}), or 0. */
	public long firstPoll() {
		return this.firstPoll.get();
	}

	public void forgetFirstPoll() {
		this.firstPoll.set(0);
	}

	/** Messages refused with 429 since the last reset. */
	public long refused() {
		return this.refused.sum();
	}

	public long calls(String method) {
		LongAdder count = this.calls.get(method);
		return (count == null) ? 0 : count.sum();
	}

	/** A clean slate for the next bot: counters, limits and listener. */
	public void reset() {
		this.refused.reset();
		this.calls.clear();
		this.limits = null;
		this.listener = call -> {
		};
		forgetFirstPoll();
	}

	private void handle(HttpExchange exchange) throws IOException {
		long now = System.nanoTime();
		try {
			String path = exchange.getRequestURI().getPath();
			String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
			byte[] raw = exchange.getRequestBody().readAllBytes();
			this.calls.computeIfAbsent(method, m -> new LongAdder()).increment();
			byte[] answer = answer(method, raw, now);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(answer == TOO_MANY ? 429 : 200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
		catch (RuntimeException ex) {
			// a bug here must be seen, but must not stop the stand-in
			ex.printStackTrace();
		}
		finally {
			exchange.close();
		}
	}

	private byte[] answer(String method, byte[] raw, long now) throws IOException {
		JsonNode params = (raw.length == 0) ? JSON.createObjectNode() : JSON.readTree(raw);
		switch (method) {
			case "getupdates":
				this.firstPoll.compareAndSet(0, now);
				return getUpdates(params);
			case "sendmessage":
			case "editmessagetext":
				return message(method, params, raw, now);
			case "answercallbackquery":
				this.listener.called(new Call(method, 0, now, "", 0, true));
				return TRUE;
			case "getme":
				return ("{\"ok\":true,\"result\":" + BOT + "}").getBytes(StandardCharsets.UTF_8);
			default:
				return TRUE; // setMyCommands, deleteWebhook...: nothing to remember
		}
	}

	private byte[] getUpdates(JsonNode params) throws IOException {
		Integer offset = params.hasNonNull("offset") ? params.get("offset").asInt() : null;
		int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
		long timeout = TimeUnit.SECONDS.toMillis(Math.max(0, params.path("timeout").asLong(0)));
		List<String> batch;
		try {
			batch = this.updates.poll(offset, limit, timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			batch = List.of();
		}
		StringBuilder json = new StringBuilder(64 + batch.size() * 400).append("{\"ok\":true,\"result\":[");
		for (int i = 0; i < batch.size(); i++) {
			json.append(i == 0 ? "" : ",").append(batch.get(i));
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

	private byte[] message(String method, JsonNode params, byte[] raw, long now) {
		long chatId = params.path("chat_id").asLong(0);
		Limits enforced = this.limits;
		String body = new String(raw, StandardCharsets.UTF_8);
		if (enforced != null && !enforced.tryAcquire(chatId, now)) {
			this.refused.increment();
			this.listener.called(new Call(method, chatId, now, body, 0, false));
			return TOO_MANY;
		}
		int messageId = method.equals("sendmessage") ? this.messageIds.incrementAndGet()
				: params.path("message_id").asInt();
		this.listener.called(new Call(method, chatId, now, body, messageId, true));
		String message = "{\"ok\":true,\"result\":{\"message_id\":" + messageId + ",\"from\":" + BOT
				+ ",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"Resident\"},\"date\":"
				+ Instant.now().getEpochSecond() + "}}";
		return message.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.updates.close();
		this.server.stop(0);
		this.pool.shutdownNow();
	}

}
