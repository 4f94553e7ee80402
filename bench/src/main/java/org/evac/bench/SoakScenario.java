package org.evac.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.evac.bench.process.Launch;
import org.evac.bench.report.Latency;
import org.evac.bench.residents.PacedCrowd;
import org.evac.bench.soak.LogProblems;
import org.evac.bench.soak.RssTrend;
import org.evac.bench.soak.SoakRun;
import org.evac.telegramfake.FakeTelegramApi;

/**
 * Scenario 5 (issue 17, item 8): a soak. Residents arrive one by one and fill in
 * requests, answering each question at once, at a pace that makes 20 updates a second (by
 * default) for ten minutes, under Telegram's own limits (evac's defaults, enforced by the
 * stand-in), with reminders ticking (check-ins every two minutes, so they fall due during
 * the soak) and a volunteer polling the queue every five seconds with a personal access
 * token. It reports evac's RSS over time (the last half against the first), anything at
 * ERROR or any exception in evac's log, and whether every conversation that started ended
 * with a filed request. Writes {@code soak.md} beside the other results. Not among the
 * default scenarios: it takes its minutes.
 *
 * <pre>
 * java -jar bench/target/evac-bench.jar --scenarios=soak [--soak-minutes=10] [--soak-rate=20]
 * </pre>
 */
final class SoakScenario {

	private static final long FIRST_CHAT = 400_000_001L;

	/** Telegram's limits, as evac keeps them by default. */
	private static final int TELEGRAM_PER_SECOND = 30;

	private static final Duration RSS_EVERY = Duration.ofSeconds(10);

	private static final Duration POLL_EVERY = Duration.ofSeconds(5);

	/** After the soak, how long those still under way have to finish. */
	private static final Duration DRAIN = Duration.ofMinutes(3);

	private static final List<String> SETTINGS = List.of("--evac.reminders.checkin-every=2m",
			"--evac.reminders.unclaimed-after=3m");

	private final BenchOptions options;

	private final Launch launch;

	private final Settings settings;

	/**
	 * @param minutes how long residents keep starting ({@code --soak-minutes}, default
	 * 10)
	 * @param updatesPerSecond their pace, all together ({@code --soak-rate}, default 20)
	 */
	record Settings(double minutes, int updatesPerSecond) {

		static Settings parse(String[] args) {
			double minutes = 10;
			int rate = 20;
			for (String arg : args) {
				if (arg.startsWith("--soak-minutes=")) {
					minutes = Double.parseDouble(arg.substring("--soak-minutes=".length()));
				}
				else if (arg.startsWith("--soak-rate=")) {
					rate = Integer.parseInt(arg.substring("--soak-rate=".length()));
				}
			}
			return new Settings(minutes, rate);
		}

		Duration duration() {
			return Duration.ofMillis((long) (this.minutes * 60_000));
		}

	}

	SoakScenario(BenchOptions options, Launch launch, Settings settings) {
		this.options = options;
		this.launch = launch;
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		Files.createDirectories(options.work());
		Files.createDirectories(options.results());
		new SoakScenario(options, new Launch(options.jvmFlags(), options.profile(), options.work().toAbsolutePath()),
				Settings.parse(args))
			.run("java -cp bench/target/evac-bench.jar " + SoakScenario.class.getName() + " " + String.join(" ", args));
	}

	/** Runs the soak, writes {@code soak.md} and answers its figures. */
	SoakRun run(String command) throws Exception {
		String loadBefore = Machine.load();
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			telegram.enforceLimits(TELEGRAM_PER_SECOND, 1, 3);
			Evac evac = Evac.start("soak-evac", this.options, this.launch, telegram, SETTINGS, null);
			try {
				evac.awaitHealthy(Duration.ofSeconds(180));
				SoakRun run = soak(evac, telegram, loadBefore);
				String md = run.markdown(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT) + ", "
						+ Runtime.getRuntime().availableProcessors() + " cores, Java "
						+ System.getProperty("java.version") + ", evac's JVM flags `"
						+ String.join(" ", this.options.jvmFlags()) + "`", command);
				Files.writeString(this.options.results().resolve("soak.md"), md);
				System.out.println(md);
				return run;
			}
			finally {
				evac.close();
			}
		}
	}

	private SoakRun soak(Evac evac, FakeTelegramApi telegram, String loadBefore) throws Exception {
		String token = ApiLoginScenario.token(evac);
		int rate = this.settings.updatesPerSecond();
		long seconds = this.settings.duration().toSeconds();
		PacedCrowd crowd = new PacedCrowd(telegram, (int) (rate * seconds / PacedCrowd.stepsEach()) + 2, FIRST_CHAT,
				true);
		telegram.onCall(crowd);
		List<RssTrend.Sample> rss = new ArrayList<>();
		List<Double> polls = new ArrayList<>();
		AtomicInteger failedPolls = new AtomicInteger();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(3, (runnable) -> {
			Thread thread = new Thread(runnable, "soak");
			thread.setDaemon(true);
			return thread;
		});
		long start = System.nanoTime();
		long end = start + this.settings.duration().toNanos();
		try {
			// a resident every steps ÷ rate seconds: rate updates a second in all
			timer.scheduleAtFixedRate(() -> {
				if (System.nanoTime() < end) {
					crowd.startOne();
				}
			}, 0, 1_000_000_000L * PacedCrowd.stepsEach() / rate, TimeUnit.NANOSECONDS);
			timer.scheduleAtFixedRate(() -> {
				synchronized (rss) {
					rss.add(new RssTrend.Sample((System.nanoTime() - start) / 1e9, evac.jvm().rssMb()));
				}
			}, 0, RSS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
			timer.scheduleAtFixedRate(() -> poll(http, evac, token, polls, failedPolls), POLL_EVERY.toMillis(),
					POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
			report(crowd, start, end, seconds);
			long drained = System.nanoTime() + DRAIN.toNanos();
			while (crowd.inProgress() > 0 && System.nanoTime() < drained && evac.jvm().isAlive()) {
				Thread.sleep(500);
			}
		}
		finally {
			timer.shutdownNow();
			timer.awaitTermination(10, TimeUnit.SECONDS);
		}
		double achieved = crowd.updates() / ((System.nanoTime() - start) / 1e9);
		List<RssTrend.Sample> samples;
		synchronized (rss) {
			samples = List.copyOf(rss);
		}
		double[] pollMs;
		synchronized (polls) {
			pollMs = polls.stream().mapToDouble(Double::doubleValue).toArray();
		}
		return new SoakRun(this.settings.minutes(), rate, achieved, crowd.started(), crowd.filed(),
				Latency.of(crowd.turnsMs()), Latency.of(pollMs), failedPolls.get(), telegram.callsOf("sendMessage"),
				telegram.tooManyRequestsAnswered(), RssTrend.of(samples, seconds), LogProblems.in(evac.jvm().logText()),
				loadBefore, Machine.load());
	}

	/** A line a minute while the soak runs, so that a long one shows it is alive. */
	private static void report(PacedCrowd crowd, long start, long end, long seconds) throws InterruptedException {
		while (System.nanoTime() < end) {
			Thread.sleep(Math.min(60_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
			Bench.say("  soak %.0f of %d s: %,d updates, %,d residents started, %,d filed, %d under way",
					(System.nanoTime() - start) / 1e9, seconds, crowd.updates(), crowd.started(), crowd.filed(),
					crowd.inProgress());
		}
	}

	/** The volunteer looks at the queue's first page, as the page does. */
	private static void poll(HttpClient http, Evac evac, String token, List<Double> polls, AtomicInteger failed) {
		try {
			long began = System.nanoTime();
			HttpResponse<Void> answer = http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + evac.port() + "/api/requests?size=50"))
					.header("Authorization", "Bearer " + token)
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.discarding());
			double ms = (System.nanoTime() - began) / 1e6;
			synchronized (polls) {
				polls.add(ms);
			}
			if (answer.statusCode() != 200) {
				failed.incrementAndGet();
			}
		}
		catch (Exception ex) {
			failed.incrementAndGet();
		}
	}

}
