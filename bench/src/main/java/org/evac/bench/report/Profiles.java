package org.evac.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a recorded JVM spent its time: JFR's execution samples, counted by the method on
 * top of the stack, and by evac's own method nearest the top (which part of evac led
 * there).
 */
public final class Profiles {

	private static final int TOP = 15;

	private Profiles() {
	}

	public static Results.Hotspots read(Path recording) throws IOException {
		if (!Files.exists(recording)) {
			return new Results.Hotspots(0, List.of(), List.of(), List.of());
		}
		Map<String, Integer> top = new HashMap<>();
		Map<String, Integer> evac = new HashMap<>();
		Map<String, Integer> threads = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
				continue;
			}
			RecordedStackTrace stack = event.getStackTrace();
			if (stack == null || stack.getFrames().isEmpty()) {
				continue;
			}
			samples++;
			top.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
			threads.merge(threadGroup(event), 1, Integer::sum);
			stack.getFrames()
				.stream()
				.filter(f -> f.getMethod().getType().getName().startsWith("org.evac."))
				.findFirst()
				.ifPresent(f -> evac.merge(name(f), 1, Integer::sum));
		}
		return new Results.Hotspots(samples, ranked(threads, samples), ranked(top, samples), ranked(evac, samples));
	}

	/** "update-processor-3" and "update-processor-7" are one kind of work. */
	private static String threadGroup(RecordedEvent event) {
		var thread = event.getThread("sampledThread");
		String name = (thread == null || thread.getJavaName() == null) ? "?" : thread.getJavaName();
		return name.replaceAll("[-#_ ]?\\d+", "");
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	private static List<String> ranked(Map<String, Integer> counts, int samples) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(TOP)
			.map(e -> String.format("%5.1f%% %s", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()))
			.toList();
	}

}
