package org.evac.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to run, from {@code --name=value} arguments; every one has a default, so the bench
 * runs with none.
 *
 * @param residents residents going through the questionnaire at once (scenario 1)
 * @param warmUp residents sent through first, unmeasured, so both bots run compiled code
 * @param deliveryMessages queued messages to different chats (scenario 2)
 * @param deliveryCap the global sending cap evac is given for scenario 2, per second
 * @param defaultCapMessages messages for a second, short delivery run at Telegram's own
 * 30/s (0: skip it)
 * @param requests stored requests for the volunteers' queue (scenario 3)
 * @param insertSeconds time allowed for storing them, at most
 * @param queueCalls calls of each kind to the queue, at most
 * @param queueSeconds time allowed for each kind of call, at most
 * @param jvmFlags the flags of every measured JVM, evac's and the echo bot's alike
 * @param queueJvmFlags the flags of evac in the queue scenario: the embedded database
 * keeps the requests it has read on the heap (several KB each), so 100,000 need more than
 * the other scenarios' heap
 * @param evacSettings extra {@code --name=value} settings for every evac started (to try
 * one: {@code --evac-settings="--evac.database.in-memory=true"})
 * @param profile record each evac run with JFR and summarise where its time went
 * @param scenarios which to run: residents, delivery, queue, api-logins (the default),
 * and soak (only when named: it takes {@code --soak-minutes}, default 10; see
 * {@link SoakScenario})
 * @param evacJar the application to measure
 * @param work where the runs keep their databases, logs and recordings
 * @param results where the figures go
 * @param mongoUri a real MongoDB for scenario 3 as well ({@code MONGODB_URI})
 * @param queueBacklog store scenario 3's requests as after a long downtime: open requests
 * untouched for days not yet raised in the queue, so that evac's follow-ups raise tens of
 * thousands of them while the queue is measured ({@code --queue-backlog=true}); by
 * default they are stored as evac keeps them, raised already
 */
record BenchOptions(int residents, int warmUp, int deliveryMessages, int deliveryCap, int defaultCapMessages,
		int requests, int insertSeconds, int queueCalls, int queueSeconds, List<String> jvmFlags,
		List<String> queueJvmFlags, List<String> evacSettings, boolean profile, Set<String> scenarios, Path evacJar,
		Path work, Path results, String mongoUri, boolean queueBacklog) {

	static BenchOptions parse(String[] args) {
		Map<String, String> given = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=") && !arg.equals("--profile")) {
				throw new IllegalArgumentException("Arguments are --name=value; not understood: " + arg);
			}
			String[] pair = arg.substring(2).split("=", 2);
			given.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		String mongo = System.getenv("MONGODB_URI");
		return new BenchOptions(number(given, "residents", 1000), number(given, "warm-up", 100),
				number(given, "delivery-messages", 10_000), number(given, "delivery-cap", 200),
				number(given, "default-cap-messages", 600), number(given, "requests", 100_000),
				number(given, "insert-seconds", 300), number(given, "queue-calls", 300),
				number(given, "queue-seconds", 60),
				Arrays.asList(given.getOrDefault("jvm", "-Xmx512m -XX:+ExitOnOutOfMemoryError").trim().split("\\s+")),
				Arrays
					.asList(given.getOrDefault("queue-jvm", "-Xmx2g -XX:+ExitOnOutOfMemoryError").trim().split("\\s+")),
				given.containsKey("evac-settings") ? Arrays.asList(given.get("evac-settings").trim().split("\\s+"))
						: List.of(),
				Boolean.parseBoolean(given.getOrDefault("profile", "false")),
				Set.of(given.getOrDefault("scenarios", "residents,delivery,queue,api-logins").split(",")),
				Path.of(given.getOrDefault("evac-jar", "app/target/evac.jar")),
				Path.of(given.getOrDefault("work", "bench/target/run")),
				Path.of(given.getOrDefault("results", "bench/results")),
				(mongo == null || mongo.isBlank()) ? null : mongo,
				Boolean.parseBoolean(given.getOrDefault("queue-backlog", "false")));
	}

	private static int number(Map<String, String> given, String name, int fallback) {
		return given.containsKey(name) ? Integer.parseInt(given.get(name)) : fallback;
	}

	boolean runs(String scenario) {
		return this.scenarios.contains(scenario);
	}

}
