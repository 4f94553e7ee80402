package org.evac.bench.residents;

import java.util.Arrays;

/**
 * What a crowd's run measured.
 *
 * @param residents how many started
 * @param finished how many got to the end (for evac: a filed request)
 * @param turns updates that got their answer
 * @param seconds from the first update offered to the last answer
 * @param latenciesMs per answered update: from offered to the bot's first message to that
 * chat, in milliseconds, sorted
 * @param answeredAtS per answered update: when its answer completed, in seconds from the
 * start, sorted
 */
public record CrowdOutcome(int residents, int finished, int turns, double seconds, double[] latenciesMs,
		double[] answeredAtS) {

	static CrowdOutcome of(int residents, int finished, int steps, long started, long[] offered, long[] firstReply,
			long[] answered) {
		int turns = 0;
		long last = started;
		double[] latencies = new double[offered.length];
		double[] at = new double[offered.length];
		for (int i = 0; i < offered.length; i++) {
			if (answered[i] != 0 && firstReply[i] != 0) {
				latencies[turns] = (firstReply[i] - offered[i]) / 1e6;
				at[turns] = (answered[i] - started) / 1e9;
				last = Math.max(last, answered[i]);
				turns++;
			}
		}
		double[] sortedLatencies = Arrays.copyOf(latencies, turns);
		double[] sortedAt = Arrays.copyOf(at, turns);
		Arrays.sort(sortedLatencies);
		Arrays.sort(sortedAt);
		return new CrowdOutcome(residents, finished, turns, (last - started) / 1e9, sortedLatencies, sortedAt);
	}

	public double updatesPerSecond() {
		return (this.seconds > 0) ? this.turns / this.seconds : 0;
	}

	public double finishedPerSecond() {
		return (this.seconds > 0) ? this.finished / this.seconds : 0;
	}

}
