package org.evac.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap as the JVM's own GC log reports it ({@code -Xlog:gc}): the same measure for
 * every program, at no cost to it.
 */
public final class GcLog {

	/** "... Pause Young (Normal) (G1 Evacuation Pause) 23M->4M(256M) 3.1ms". */
	private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	private GcLog() {
	}

	/**
	 * @param peakUsedMb the most heap in use, just before a collection
	 * @param maxLiveMb the most heap still in use just after a collection (what the
	 * program really holds)
	 * @param maxCommittedMb the largest heap the JVM reserved from the system
	 * @param collections how many collections the log shows
	 */
	public record Heap(long peakUsedMb, long maxLiveMb, long maxCommittedMb, int collections) {
	}

	static Heap read(Path log) {
		long peak = 0;
		long live = 0;
		long committed = 0;
		int collections = 0;
		try {
			for (String line : Files.readAllLines(log)) {
				Matcher m = PAUSE.matcher(line);
				if (line.contains("Pause") && m.find()) {
					peak = Math.max(peak, Long.parseLong(m.group(1)));
					live = Math.max(live, Long.parseLong(m.group(2)));
					committed = Math.max(committed, Long.parseLong(m.group(3)));
					collections++;
				}
			}
		}
		catch (IOException ex) {
			// no log: no figures
		}
		return new Heap(peak, live, committed, collections);
	}

}
