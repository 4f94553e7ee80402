package org.evac.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.evac.bench.process.Launch;
import org.evac.bench.queue.EvacTemplate;
import org.evac.bench.queue.QueueRun;
import org.evac.bench.queue.RequestDocuments;
import org.evac.bench.report.Latency;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;
import org.evac.telegramfake.FakeTelegramApi;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Scenario 3: the volunteers' queue with many stored requests: the first page with the
 * default filters, and one request's detail, as the admin API serves them. The same
 * queries are also timed straight against the database, to tell the query's cost from the
 * rest of the call.
 */
final class QueueScenario {

	private static final int BATCH = 1000;

	/**
	 * Unmeasured calls of each kind first: a volunteer meets evac after it has served
	 * pages for a while; the first few dozen calls also time the JIT compiling the page's
	 * code (with one, the slowest calls of 300 were those first ones).
	 */
	private static final int WARM_UP = 30;

	/** Measured calls even when each takes longer than the time allowed for all. */
	private static final int MIN_CALLS = 3;

	/** A queue page on the embedded database can take tens of seconds. */
	private static final Duration SLOW_CALL = Duration.ofSeconds(120);

	/** The queue's order, as evac reads it. */
	private static final Sort URGENCY = Sort.by(Sort.Order.asc("queueGroup"), Sort.Order.desc("priority"),
			Sort.Order.asc("createdAt"), Sort.Order.asc("number"));

	private final BenchOptions options;

	private final Launch launch;

	QueueScenario(BenchOptions options, Launch launch) {
		this.options = options;
		this.launch = launch;
	}

	/**
	 * @param mongoUri a real MongoDB, or null for the embedded database
	 */
	QueueRun run(String name, String mongoUri) throws Exception {
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			Evac evac = Evac.start(name, this.options, this.launch, telegram, List.of(), mongoUri);
			try {
				evac.awaitHealthy(Duration.ofSeconds(120));
				String uri = (mongoUri != null) ? mongoUri : evac.embeddedDatabase();
				String database = (mongoUri != null) ? "evac_bench" : "evac";
				try (MongoClient client = Evac.mongo(uri)) {
					return measure((mongoUri != null) ? "MongoDB (MONGODB_URI)" : "embedded (H2 file)", evac,
							EvacTemplate.of(client, database));
				}
			}
			finally {
				evac.close();
			}
		}
	}

	private QueueRun measure(String label, Evac evac, MongoTemplate mongo) throws Exception {
		MongoCollection<Document> requests = mongo.getCollection("requests");
		// a MongoDB given to the bench may still hold an earlier run's
		requests.deleteMany(new Document());
		RequestDocuments made = new RequestDocuments(this.options.queueBacklog());
		List<String> ids = new ArrayList<>();
		long start = System.nanoTime();
		long deadline = start + Duration.ofSeconds(this.options.insertSeconds()).toNanos();
		for (int first = 0; first < this.options.requests() && System.nanoTime() < deadline; first += BATCH) {
			List<Document> batch = made.next(first, Math.min(BATCH, this.options.requests() - first));
			requests.insertMany(batch);
			batch.forEach(d -> ids.add(d.getObjectId("_id").toHexString()));
		}
		double insertSeconds = (System.nanoTime() - start) / 1e9;
		Ticks ticksBefore = Ticks.of(evac);
		if (ids.size() < this.options.requests()) {
			Bench.say("  only %,d requests stored within %d s", ids.size(), this.options.insertSeconds());
		}
		// the documents must read as evac's own, or the figures mean nothing
		mongo.getConverter().read(EvacuationRequest.class, requests.find().first());
		Criteria open = Criteria.where("status").in(RequestStatus.OPEN);
		long openCount = mongo.count(Query.query(open), EvacuationRequest.class);
		int[] failures = { 0 };
		Latency page = calls(evac, () -> "/api/requests", failures);
		Latency settlementPage = calls(evac, () -> "/api/requests?settlement=" + RequestDocuments.FIRST_SETTLEMENT,
				failures);
		Random random = new Random(11);
		Latency detail = calls(evac, () -> "/api/requests/" + ids.get(random.nextInt(ids.size())), failures);
		Latency authOnly = calls(evac, () -> "/actuator/metrics/jvm.threads.live", failures);
		double count = median(() -> mongo.count(Query.query(open), EvacuationRequest.class));
		double sorted = median(() -> mongo.find(Query.query(open).with(URGENCY).limit(50), EvacuationRequest.class));
		double unsorted = median(() -> mongo.find(Query.query(open).limit(50), EvacuationRequest.class));
		double byId = median(() -> mongo.findById(ids.get(random.nextInt(ids.size())), EvacuationRequest.class));
		long someChat = RequestDocuments.FIRST_CHAT + random.nextInt(ids.size());
		double byChat = median(
				() -> mongo.find(Query.query(Criteria.where("chatId").is(someChat)), EvacuationRequest.class));
		Ticks ticks = Ticks.since(evac, ticksBefore);
		return new QueueRun(label, ids.size(), openCount, insertSeconds, page, detail, authOnly, count, sorted,
				unsorted, byId, byChat, failures[0], ticks.meanMs(), ticks.maxMs(), ticks.allocatedKb(),
				settlementPage);
	}

	/**
	 * A few unmeasured calls, then up to queueCalls measured ones within queueSeconds.
	 */
	private Latency calls(Evac evac, Supplier<String> path, int[] failures) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(this.options.queueSeconds()).toNanos();
		List<Double> times = new ArrayList<>();
		for (int call = -WARM_UP; times.size() < this.options.queueCalls()
				&& (System.nanoTime() < deadline || call < MIN_CALLS) && evac.jvm().isAlive(); call++) {
			long start = System.nanoTime();
			boolean ok;
			try {
				ok = evac.get(path.get(), true, SLOW_CALL).statusCode() == 200;
			}
			catch (java.io.IOException ex) {
				ok = false; // timed out, or evac is gone: counted, and the clock goes on
			}
			if (!ok) {
				failures[0]++;
			}
			else if (call >= 0) {
				times.add((System.nanoTime() - start) / 1e6);
			}
		}
		return Latency.of(times.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private static double median(Supplier<?> query) {
		double[] times = new double[3];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			query.get();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		return Latency.of(times).p50();
	}

	/**
	 * The follow-ups' ticks as evac's metrics count them: how many, their time and what
	 * they allocated in all, the longest.
	 */
	private record Ticks(double count, double seconds, double maxSeconds, double allocatedBytes) {

		private static final int AT_LEAST = 3;

		static Ticks of(Evac evac) throws Exception {
			String time = evac.get("/actuator/metrics/evac.reminders.tick", true).body();
			String allocated = evac.get("/actuator/metrics/evac.reminders.tick.allocated", true).body();
			return new Ticks(statistic(time, "COUNT"), statistic(time, "TOTAL_TIME"), statistic(time, "MAX"),
					statistic(allocated, "TOTAL"));
		}

		/** The ticks after {@code before}, waiting for a few if fewer ran. */
		static Ticks since(Evac evac, Ticks before) throws Exception {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			Ticks now = of(evac);
			while (now.count() - before.count() < AT_LEAST && System.nanoTime() < deadline) {
				Thread.sleep(1000); // the bench waits for evac's own clock: nothing to
									// synchronise with
				now = of(evac);
			}
			double ran = now.count() - before.count();
			return new Ticks(ran, (ran > 0) ? (now.seconds() - before.seconds()) / ran : -1, now.maxSeconds(),
					(ran > 0) ? (now.allocatedBytes() - before.allocatedBytes()) / ran : -1);
		}

		double meanMs() {
			return (this.seconds < 0) ? -1 : this.seconds * 1000;
		}

		double maxMs() {
			return this.maxSeconds * 1000;
		}

		double allocatedKb() {
			return (this.allocatedBytes < 0) ? -1 : this.allocatedBytes / 1024;
		}

		private static double statistic(String body, String name) {
			Matcher m = Pattern.compile("\"statistic\"\\s*:\\s*\"" + name + "\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.E+-]+)")
				.matcher(body);
			return m.find() ? Double.parseDouble(m.group(1)) : 0;
		}

	}

}
