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
		Results.Residents residents = null;
		if (options.runs("residents")) {
			ResidentsScenario scenario = new ResidentsScenario(options, launch);
			say("Residents: %,d at once through the questionnaire, evac then echo (%s)", options.residents(),
					ResidentsScenario.limitsNote());
			BotRun evac = scenario.evac();
			say("  evac: %.0f updates/s, p50 %.0f ms, p99 %.0f ms", evac.updatesPerSecond(), evac.latency().p50(),
					evac.latency().p99());
			BotRun echo = scenario.echo();
			say("  echo: %.0f updates/s, p50 %.0f ms, p99 %.0f ms", echo.updatesPerSecond(), echo.latency().p50(),
					echo.latency().p99());
			residents = Results.Residents.of(options.residents(), Script.length(), ResidentsScenario.limitsNote(), evac,
					echo);
		}
		List<DeliveryRun> delivery = new ArrayList<>();
		if (options.runs("delivery")) {
			DeliveryScenario scenario = new DeliveryScenario(options, launch);
			delivery.add(deliver(scenario, "delivery-evac", options.deliveryCap(), options.deliveryMessages()));
			if (options.defaultCapMessages() > 0) {
				delivery.add(deliver(scenario, "delivery-evac-default-cap", 30, options.defaultCapMessages()));
			}
		}
		List<QueueRun> queue = new ArrayList<>();
		if (options.runs("queue")) {
			QueueScenario scenario = new QueueScenario(options, launch);
			queue.add(queue(scenario, "queue-evac", null));
			if (options.mongoUri() != null) {
				queue.add(queue(scenario, "queue-evac-mongodb", options.mongoUri()));
			}
		}
		Map<String, Results.Hotspots> profiles = new LinkedHashMap<>();
		if (options.profile()) {
			for (String name : List.of("residents-evac", "residents-echo", "delivery-evac", "queue-evac")) {
				profiles.put(name, Profiles.read(launch.recording(name)));
			}
		}
		Results results = new Results(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT),
				Machine.describe(loadBefore), "java -jar bench/target/evac-bench.jar " + String.join(" ", args),
				options.jvmFlags(), residents, delivery, queue, Targets.judge(residents, delivery, queue), profiles);
		write(results, options.results());
	}

	private static DeliveryRun deliver(DeliveryScenario scenario, String name, int cap, int messages) throws Exception {
		say("Delivery: %,d queued messages to different chats, cap %d/s", messages, cap);
		DeliveryRun run = scenario.run(name, cap, messages);
		say("  %.1f/s (%.1f%% of cap), %d × 429, %d lost, %d duplicates", run.perSecond(), run.ofCap() * 100,
				run.refused(), run.lost(), run.duplicates());
		return run;
	}

	private static QueueRun queue(QueueScenario scenario, String name, String mongoUri) throws Exception {
		say("Queue: %s", (mongoUri == null) ? "embedded database" : "MongoDB from MONGODB_URI");
		QueueRun run = scenario.run(name, mongoUri);
		say("  page p50 %.0f ms, p99 %.0f ms (%d calls); detail p50 %.0f ms, p99 %.0f ms", run.page().p50(),
				run.page().p99(), run.page().count(), run.detail().p50(), run.detail().p99());
		return run;
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
