package org.evac.bench.soak;

import java.util.List;

/**
 * Resident memory over a soak, sampled at intervals: the first half's against the last
 * half's (the first five minutes against the last five of a ten-minute soak). A process
 * that leaks grows from one half to the next; one that does not levels off once its heap
 * has grown to what the load needs.
 *
 * @param samples the samples, oldest first
 * @param firstHalfMb the mean of the samples in the first half of the time
 * @param lastHalfMb the mean of the samples in the last half
 * @param maxMb the largest sample
 */
public record RssTrend(List<Sample> samples, double firstHalfMb, double lastHalfMb, double maxMb) {

	/** The share the last half may exceed the first by (issue 17: within 10%). */
	public static final double ALLOWED_GROWTH = 0.10;

	/** One reading, in seconds from the start of the load. */
	public record Sample(double second, double rssMb) {
	}

	/**
	 * @param seconds the length of the soak: samples after its middle are the last half
	 */
	public static RssTrend of(List<Sample> samples, double seconds) {
		double middle = seconds / 2;
		double first = mean(samples.stream().filter((s) -> s.second() < middle).toList());
		double last = mean(samples.stream().filter((s) -> s.second() >= middle).toList());
		double max = samples.stream().mapToDouble(Sample::rssMb).max().orElse(0);
		return new RssTrend(List.copyOf(samples), first, last, max);
	}

	/** The last half's mean over the first's, less one: 0.05 is 5% more. */
	public double growth() {
		return (this.firstHalfMb > 0) ? this.lastHalfMb / this.firstHalfMb - 1 : 0;
	}

	/** Both halves have samples, and the last is within the allowed growth. */
	public boolean steady() {
		return this.firstHalfMb > 0 && this.lastHalfMb > 0 && growth() <= ALLOWED_GROWTH;
	}

	private static double mean(List<Sample> samples) {
		return samples.stream().mapToDouble(Sample::rssMb).average().orElse(0);
	}

}
