package org.evac.bench.soak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What in evac's log says something went wrong: lines logged at ERROR, and any line
 * naming an exception (a stack trace's first line, or a warning that carries one). Lines
 * that differ only in their timestamp, thread or numbers count as one kind.
 *
 * @param lines how many lines matched
 * @param kinds each kind of line, as first seen, with how often it came
 */
public record LogProblems(int lines, Map<String, Integer> kinds) {

	private static final Pattern ERROR = Pattern.compile("\\bERROR\\b");

	private static final Pattern EXCEPTION = Pattern.compile("(Exception|Error)\\b[:\\s]|^\\s+at \\S+\\(");

	/** A log line's own words, without the timestamp and thread that make each unique. */
	private static final Pattern NOISE = Pattern.compile("^\\S+\\s+|\\[[^\\]]*\\]|\\d+");

	private static final int LONGEST = 200;

	public static LogProblems in(String log) {
		int count = 0;
		Map<String, Integer> kinds = new LinkedHashMap<>();
		Map<String, String> firstSeen = new LinkedHashMap<>();
		for (String line : log.split("\\R")) {
			if (!ERROR.matcher(line).find() && !EXCEPTION.matcher(line).find()) {
				continue;
			}
			count++;
			String kind = NOISE.matcher(line).replaceAll("").trim();
			firstSeen.putIfAbsent(kind, shorten(line.trim()));
			kinds.merge(firstSeen.get(kind), 1, Integer::sum);
		}
		return new LogProblems(count, kinds);
	}

	public boolean none() {
		return this.lines == 0;
	}

	/** The first {@code most} kinds, each with its count, for a report. */
	public List<String> firstKinds(int most) {
		List<String> first = new ArrayList<>();
		this.kinds.forEach((line, times) -> {
			if (first.size() < most) {
				first.add(times + " × " + line);
			}
		});
		return first;
	}

	private static String shorten(String line) {
		return (line.length() <= LONGEST) ? line : line.substring(0, LONGEST) + "…";
	}

}
