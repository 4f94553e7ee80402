package org.evac.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

import org.evac.bench.process.ChildJvm;
import org.evac.bench.process.Launch;
import org.evac.bench.report.Latency;
import org.evac.bench.residents.BotRun;
import org.evac.bench.residents.Crowd;
import org.evac.bench.residents.CrowdOutcome;
import org.evac.telegramfake.FakeTelegramApi;

/**
 * Scenario 1: N residents through the questionnaire at once, against evac and then, with
 * the same load, against the echo bot. evac's sending limits are raised (and the stand-in
 * enforces the raised ones) so that Telegram's caps do not hide evac's own speed.
 */
final class ResidentsScenario {

	static final int RAISED_GLOBAL = 10_000;

	static final int RAISED_PER_CHAT = 1_000;

	private static final long FIRST_CHAT = 100_000_001L;

	private static final long FIRST_WARM_UP_CHAT = 90_000_001L;

	private static final Duration IDLE = Duration.ofSeconds(5);

	private static final int STEPS_PER_REQUEST = org.evac.bench.residents.Script.length();

	private final BenchOptions options;

	private final Launch launch;

	ResidentsScenario(BenchOptions options, Launch launch) {
		this.options = options;
		this.launch = launch;
	}

	static String limitsNote() {
		return "evac's send limits raised to " + RAISED_GLOBAL + "/s overall and " + RAISED_PER_CHAT
				+ "/s per chat (burst " + RAISED_PER_CHAT + "), enforced by the stand-in at those values";
	}

	BotRun evac() throws Exception {
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			raiseLimits(telegram);
			List<String> settings = List.of("--evac.delivery.max-per-second=" + RAISED_GLOBAL,
					"--evac.delivery.per-chat-per-second=" + RAISED_PER_CHAT,
					"--evac.delivery.per-chat-burst=" + RAISED_PER_CHAT);
			Evac evac = Evac.start("residents-evac", this.options, this.launch, telegram, settings, null);
			try {
				double startup = evac.awaitHealthy(Duration.ofSeconds(120));
				double firstPoll = awaitFirstPoll(telegram, evac.jvm());
				return measure("evac", telegram, evac.jvm(), startup, firstPoll, true, evac::heapUsedMb);
			}
			finally {
				evac.close();
			}
		}
	}

	BotRun echo() throws Exception {
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			raiseLimits(telegram);
			Map<String, String> env = new HashMap<>();
			env.put("TELEGRAM_BOT_TOKEN", Evac.TOKEN);
			env.put("TELEGRAM_API_URL", telegram.baseUrl());
			ChildJvm echo = ChildJvm.start("residents-echo", this.options.work(), this.launch.flags("residents-echo"),
					List.of("-cp", benchJar().toString(), EchoBot.class.getName()), env);
			try {
				double firstPoll = awaitFirstPoll(telegram, echo);
				return measure("echo", telegram, echo, firstPoll, firstPoll, false, () -> -1);
			}
			finally {
				echo.close();
			}
		}
	}

	private BotRun measure(String bot, FakeTelegramApi telegram, ChildJvm jvm, double startup, double firstPoll,
			boolean isEvac, DoubleSupplier heap) throws Exception {
		Thread.sleep(IDLE.toMillis());
		double idleRss = jvm.rssMb();
		warmUp(telegram, isEvac);
		Crowd crowd = new Crowd(telegram, this.options.residents(), FIRST_CHAT, isEvac);
		telegram.onCall(crowd);
		AtomicLong maxHeap = new AtomicLong(-1);
		AtomicBoolean sampling = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (sampling.get()) {
				maxHeap.accumulateAndGet((long) heap.getAsDouble(), Math::max);
				sleep(1000);
			}
		}, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		double cpuBefore = jvm.cpuSeconds();
		long benchCpuBefore = benchCpuNanos();
		crowd.start();
		boolean all = crowd.await(limit());
		double cpu = jvm.cpuSeconds() - cpuBefore;
		double benchCpu = (benchCpuNanos() - benchCpuBefore) / 1e9;
		sampling.set(false);
		double peakRss = jvm.peakRssMb();
		CrowdOutcome outcome = crowd.outcome();
		System.out.printf("  %s: %.2f messages sent per filed request (%d updates each)%n", bot,
				crowd.messagesPerFiledRequest(), STEPS_PER_REQUEST);
		if (!all) {
			System.out.printf("  %s: only %d of %d residents got through in %s%n", bot, outcome.finished(),
					outcome.residents(), limit());
		}
		return new BotRun(bot, startup, firstPoll, idleRss, peakRss, jvm.heap(), maxHeap.get(),
				outcome.updatesPerSecond(), Latency.of(outcome.latenciesMs()), outcome.finished(),
				outcome.finishedPerSecond(), outcome.turns(), outcome.seconds(), telegram.tooManyRequestsAnswered(),
				perUpdate(cpu, outcome), perUpdate(benchCpu, outcome), outcome.answeredAtS(), outcome.latenciesMs());
	}

	/**
	 * A smaller crowd first, unmeasured, for both bots alike: the JIT compiles the hot
	 * paths, as it has in a bot that has been running when a town is told to leave.
	 */
	private void warmUp(FakeTelegramApi telegram, boolean isEvac) throws InterruptedException {
		if (this.options.warmUp() <= 0) {
			return;
		}
		Crowd warmUp = new Crowd(telegram, this.options.warmUp(), FIRST_WARM_UP_CHAT, isEvac);
		telegram.onCall(warmUp);
		warmUp.start();
		warmUp.await(limit());
	}

	private static double perUpdate(double cpuSeconds, CrowdOutcome outcome) {
		return (outcome.turns() == 0) ? 0 : cpuSeconds * 1000 / outcome.turns();
	}

	private static long benchCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** Generous, and bounded: 25 updates a second at the very least, and 2 minutes. */
	private Duration limit() {
		return Duration.ofSeconds(Math.max(120, this.options.residents() * 14L / 25));
	}

	private static void raiseLimits(FakeTelegramApi telegram) {
		telegram.enforceLimits(RAISED_GLOBAL, RAISED_PER_CHAT, RAISED_PER_CHAT);
	}

	/**
	 * Seconds from the process's start to its first getUpdates, as the stand-in saw it.
	 */
	static double awaitFirstPoll(FakeTelegramApi telegram, ChildJvm jvm) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (telegram.firstGetUpdatesAt().isEmpty()) {
			if (!jvm.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException(jvm.name() + " never asked for updates; see " + jvm.log());
			}
			Thread.sleep(20);
		}
		return Duration.between(jvm.startedAt(), telegram.firstGetUpdatesAt().orElseThrow()).toNanos() / 1e9;
	}

	static Path benchJar() throws URISyntaxException {
		return Path.of(EchoBot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
