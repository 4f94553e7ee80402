package org.evac.bench.report;

import java.util.Arrays;

/** A latency distribution in milliseconds, by nearest rank. */
public record Latency(int count, double p50, double p95, double p99, double max, double mean) {

	public static Latency of(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		if (sorted.length == 0) {
			return new Latency(0, 0, 0, 0, 0, 0);
		}
		return new Latency(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
				sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
	}

	/** The value below which {@code percent}% of the sorted values lie. */
	public static double rank(double[] sorted, double percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
