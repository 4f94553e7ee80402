package org.evac.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.mongodb.client.MongoClient;
import org.evac.bench.delivery.Deliveries;
import org.evac.bench.process.Launch;
import org.evac.bench.report.Latency;
import org.evac.bench.residents.Crowd;
import org.evac.bench.residents.CrowdOutcome;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutboxListener;
import org.evac.outbox.OutgoingMessage;
import org.evac.telegramfake.FakeTelegramApi;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Residents first (issue 17, item 5): residents fill in requests while a wave of
 * check-ins falls due at once, with evac keeping Telegram's own limits (30/s overall, 1/s
 * and a burst of 3 per chat, enforced by the stand-in). Run twice on a fresh evac each:
 * the residents alone, then the same residents with the check-ins queued just before they
 * start. Reports the residents' reply latency both times (target: p99 with the wave
 * within 1.5× of without) and how many check-ins went out (target: all).
 *
 * <p>
 * The check-ins are queued in evac's outbox by this process, as the follow-ups queue a
 * due check-in: one {@code reminder:checkin:...} key each, purpose {@code reminder}; the
 * running evac claims them as it claims any message nobody holds.
 */
final class CheckInWaveScenario {

	/** Targets of issue 17: p99 with the wave within this factor of without. */
	static final double TARGET_FACTOR = 1.5;

	private static final long FIRST_RESIDENT = 400_000_001L;

	private static final long FIRST_CHECK_IN = 500_000_001L;

	private final BenchOptions options;

	private final Launch launch;

	private final int residents;

	private final int checkIns;

	CheckInWaveScenario(BenchOptions options, Launch launch, int residents, int checkIns) {
		this.options = options;
		this.launch = launch;
		this.residents = residents;
		this.checkIns = checkIns;
	}

	/** {@code --wave-residents=50 --wave-check-ins=1000}, and the bench's options. */
	static CheckInWaveScenario of(BenchOptions options, Launch launch, String[] args) {
		return new CheckInWaveScenario(options, launch, number(args, "wave-residents", 50),
				number(args, "wave-check-ins", 1000));
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		Files.createDirectories(options.work());
		Files.createDirectories(options.results());
		of(options, new Launch(options.jvmFlags(), false, options.work().toAbsolutePath()), args).run();
	}

	/** Both runs; writes {@code checkin-wave.md} and answers it. */
	String run() throws Exception {
		String load = Machine.load();
		Run alone = runOnce("checkin-wave-alone", 0);
		Run wave = runOnce("checkin-wave", this.checkIns);
		String table = table(alone, wave, load);
		Files.writeString(this.options.results().resolve("checkin-wave.md"), table);
		System.out.println(table);
		return table;
	}

	/**
	 * One run: the only place that knows the Telegram stand-in (starting it, its limits,
	 * and where its calls are heard).
	 */
	private Run runOnce(String name, int checkIns) throws Exception {
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			telegram.enforceLimits(30, 1, 3);
			Evac evac = Evac.start(name, this.options, this.launch, telegram, List.of(), null);
			try {
				evac.awaitHealthy(Duration.ofSeconds(120));
				ResidentsScenario.awaitFirstPoll(telegram, evac.jvm());
				Crowd crowd = new Crowd(telegram, this.residents, FIRST_RESIDENT, true);
				Deliveries delivered = new Deliveries(FIRST_CHECK_IN, Math.max(1, checkIns));
				telegram.onCall(crowd.andThen(delivered));
				double queueSeconds = queueCheckIns(evac, checkIns);
				long start = System.nanoTime();
				crowd.start();
				boolean all = crowd.await(limit());
				awaitDelivered(delivered, checkIns);
				double waveSeconds = (System.nanoTime() - start) / 1e9;
				CrowdOutcome outcome = crowd.outcome();
				return new Run(checkIns, Latency.of(outcome.latenciesMs()), outcome.finished(), all,
						(checkIns == 0) ? 0 : delivered.delivered(), queueSeconds, waveSeconds,
						telegram.tooManyRequestsAnswered());
			}
			finally {
				evac.close();
			}
		}
	}

	/** As the follow-ups queue due check-ins: one key each; answers the seconds taken. */
	private static double queueCheckIns(Evac evac, int checkIns) {
		if (checkIns == 0) {
			return 0;
		}
		long start = System.nanoTime();
		try (MongoClient client = Evac.mongo(evac.embeddedDatabase())) {
			Outbox outbox = new Outbox(new MongoTemplate(client, "evac"), Clock.systemUTC(),
					new StaticListableBeanFactory().getBeanProvider(OutboxListener.class), Duration.ofSeconds(30));
			for (int i = 0; i < checkIns; i++) {
				long chat = FIRST_CHECK_IN + i;
				outbox.enqueue("reminder:checkin:bench-" + chat + ":1", List.of(OutgoingMessage.send(chat,
						"Ваша заявка ще актуальна? Натисніть кнопку нижче.", Keyboard.NONE, "reminder")));
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static void awaitDelivered(Deliveries delivered, int checkIns) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60 + checkIns * 3L / 60).toNanos();
		while (delivered.delivered() < checkIns && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	/** Generous and bounded: at Telegram's 1/s per chat, a resident takes ~15 s. */
	private Duration limit() {
		return Duration.ofSeconds(120 + this.checkIns / 30);
	}

	/**
	 * @param finished residents who filed their request
	 * @param delivered check-ins that reached the stand-in
	 * @param refused 429s the stand-in gave (evac should cause none)
	 */
	record Run(int checkIns, Latency latency, int finished, boolean allFinished, int delivered, double queueSeconds,
			double seconds, long refused) {
	}

	private String table(Run alone, Run wave, String load) {
		double factor = (alone.latency().p99() > 0) ? wave.latency().p99() / alone.latency().p99() : 0;
		StringBuilder md = new StringBuilder();
		md.append("### A check-in wave while residents fill in requests\n\n");
		md.append(String.format(Locale.ROOT,
				"%d residents through the questionnaire, evac keeping Telegram's limits (30/s, 1/s per chat), "
						+ "alone and with %,d check-ins queued at once just before. Load before: %s.%n%n",
				this.residents, this.checkIns, load));
		md.append("| run | residents' reply p50 / p95 / p99 | residents through | check-ins out | 429s | took |\n");
		md.append("|---|---|---|---|---|---|\n");
		for (Run run : List.of(alone, wave)) {
			md.append(String.format(Locale.ROOT, "| %s | %.0f / %.0f / %.0f ms | %d of %d | %s | %d | %.1f s |%n",
					(run.checkIns() == 0) ? "residents alone" : String.format("with %,d check-ins", run.checkIns()),
					run.latency().p50(), run.latency().p95(), run.latency().p99(), run.finished(), this.residents,
					(run.checkIns() == 0) ? "—" : run.delivered() + " of " + run.checkIns(), run.refused(),
					run.seconds()));
		}
		md.append(String.format(Locale.ROOT,
				"%nResidents' p99 with the wave: %.2f× without (target ≤ %.1f×: %s); check-ins out: %s.%n", factor,
				TARGET_FACTOR, (factor > 0 && factor <= TARGET_FACTOR) ? "met" : "missed",
				(wave.delivered() == wave.checkIns()) ? "all" : "NOT all"));
		return md.toString();
	}

	private static int number(String[] args, String name, int fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return Integer.parseInt(arg.substring(name.length() + 3));
			}
		}
		return fallback;
	}

}
