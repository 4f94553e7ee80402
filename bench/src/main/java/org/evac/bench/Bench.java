package org.evac.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.evac.bench.delivery.DeliveryRun;
import org.evac.bench.process.Launch;
import org.evac.bench.queue.QueueRun;
import org.evac.bench.report.Charts;
import org.evac.bench.report.Markdown;
import org.evac.bench.report.Profiles;
import org.evac.bench.report.Results;
import org.evac.bench.report.Targets;
import org.evac.bench.residents.BotRun;
import org.evac.bench.residents.Script;

/**
 * Runs the benchmark's scenarios one after the other, each against a fresh evac in a JVM
 * of its own, and writes {@code latest.json}, {@code latest.md} and {@code latest.png}.
 * Everything it sends goes to 127.0.0.1; every wait is bounded, so it always ends.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		Files.createDirectories(options.work());
		Files.createDirectories(options.results());
		Launch launch = new Launch(options.jvmFlags(), options.profile(), options.work().toAbsolutePath());
		String loadBefore = Machine.load();
		List<String> problems = new ArrayList<>();
		Results.Residents residents = options.runs("residents") ? residents(options, launch, problems) : null;
		List<DeliveryRun> delivery = new ArrayList<>();
		if (options.runs("delivery")) {
			DeliveryScenario scenario = new DeliveryScenario(options, launch);
			say("Delivery: %,d queued messages to different chats, cap %d/s", options.deliveryMessages(),
					options.deliveryCap());
			add(delivery, attempt("delivery",
					() -> scenario.run("delivery-evac", options.deliveryCap(), options.deliveryMessages()), problems));
			if (options.defaultCapMessages() > 0) {
				say("Delivery: %,d queued messages at 30/s, Telegram's cap and evac's default",
						options.defaultCapMessages());
				add(delivery, attempt("delivery at 30/s",
						() -> scenario.run("delivery-evac-default-cap", 30, options.defaultCapMessages()), problems));
			}
			delivery.forEach(run -> say(
					"  cap %d/s: %.1f/s with the backlog queued (%.1f%% of cap; %.1f%% from the first message), "
							+ "%d × 429, %d lost, %d duplicates",
					run.cap(), run.backlogPerSecond(), run.backlogOfCap() * 100, run.ofCap() * 100, run.refused(),
					run.lost(), run.duplicates()));
		}
		List<QueueRun> queue = new ArrayList<>();
		if (options.runs("queue")) {
			QueueScenario scenario = new QueueScenario(options,
					new Launch(options.queueJvmFlags(), options.profile(), launch.dir()));
			say("Queue: %,d stored requests, embedded database", options.requests());
			add(queue, attempt("queue, embedded database", () -> scenario.run("queue-evac", null), problems));
			if (options.mongoUri() != null) {
				say("Queue: %,d stored requests, MongoDB from MONGODB_URI", options.requests());
				add(queue, attempt("queue, MongoDB", () -> scenario.run("queue-evac-mongodb", options.mongoUri()),
						problems));
			}
			queue.forEach(run -> say(
					"  %s: page p50 %.0f ms, p99 %.0f ms (%d calls); one settlement's page p50 %.0f ms, p99 %.0f ms; "
							+ "detail p50 %.0f ms, p99 %.0f ms",
					run.database(), run.page().p50(), run.page().p99(), run.page().count(), run.settlementPage().p50(),
					run.settlementPage().p99(), run.detail().p50(), run.detail().p99()));
		}
		if (options.runs("api-logins")) {
			say("API logins: GET /api/requests/{id} from %d clients at once, four ways of logging in",
					ApiLoginScenario.CLIENTS);
			attempt("api logins", () -> new ApiLoginScenario(options, launch, 100).run(), problems);
		}
		if (options.runs("checkin-wave")) {
			say("Check-in wave: residents with and without a wave of check-ins due at once, Telegram's limits");
			attempt("check-in wave", () -> CheckInWaveScenario.of(options, launch, args).run(), problems);
		}
		if (options.runs("soak")) {
			say("Soak: residents at a steady pace, reminders ticking, a volunteer polling the queue");
			attempt("soak", () -> new SoakScenario(options, launch, SoakScenario.Settings.parse(args))
				.run("java -jar bench/target/evac-bench.jar " + String.join(" ", args)), problems);
		}
		Map<String, Results.Hotspots> profiles = new LinkedHashMap<>();
		if (options.profile()) {
			for (String name : List.of("residents-evac", "residents-echo", "delivery-evac", "queue-evac")) {
				profiles.put(name, Profiles.read(launch.recording(name)));
			}
		}
		Results results = new Results(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT),
				Machine.describe(loadBefore), "java -jar bench/target/evac-bench.jar " + String.join(" ", args),
				options.jvmFlags(), options.queueJvmFlags(), residents, delivery, queue,
				Targets.judge(residents, delivery, queue), problems, profiles);
		write(results, options.results());
	}

	private static Results.Residents residents(BenchOptions options, Launch launch, List<String> problems) {
		ResidentsScenario scenario = new ResidentsScenario(options, launch);
		say("Residents: %,d at once through the questionnaire, evac then echo (%s)", options.residents(),
				ResidentsScenario.limitsNote());
		BotRun evac = attempt("residents against evac", scenario::evac, problems);
		BotRun echo = attempt("residents against the echo bot", scenario::echo, problems);
		for (BotRun run : new BotRun[] { evac, echo }) {
			if (run != null) {
				say("  %s: %.0f updates/s, p50 %.0f ms, p99 %.0f ms, %d of %d through", run.bot(),
						run.updatesPerSecond(), run.latency().p50(), run.latency().p99(), run.finished(),
						options.residents());
			}
		}
		return (evac == null || echo == null) ? null : Results.Residents.of(options.residents(), Script.length(),
				ResidentsScenario.limitsNote(), evac, echo);
	}

	/** Runs one scenario; a failure is reported, and the others still run. */
	private static <T> T attempt(String what, Callable<T> scenario, List<String> problems) {
		try {
			return scenario.call();
		}
		catch (Exception ex) {
			String problem = what + " failed: " + ex;
			say("  %s", problem);
			problems.add(problem);
			return null;
		}
	}

	private static <T> void add(List<T> list, T item) {
		if (item != null) {
			list.add(item);
		}
	}

	private static void write(Results results, Path dir) throws Exception {
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		json.writeValue(dir.resolve("latest.json").toFile(), results);
		String md = Markdown.of(results);
		Files.writeString(dir.resolve("latest.md"), md);
		Charts.write(results, dir.resolve("latest.png"));
		System.out.println();
		System.out.println(md);
		results.profiles().forEach((name, hotspots) -> {
			System.out.println("Profile of " + name + " (" + hotspots.samples() + " samples):");
			hotspots.threads().forEach(line -> System.out.println("  thread " + line));
			hotspots.topFrames().forEach(line -> System.out.println("  top    " + line));
			hotspots.evacFrames().forEach(line -> System.out.println("  evac   " + line));
		});
		say("Written: %s (latest.json, latest.md, latest.png)", dir);
	}

	static void say(String format, Object... args) {
		System.out.printf(format + "%n", args);
	}

}
