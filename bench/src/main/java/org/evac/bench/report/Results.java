package org.evac.bench.report;

import java.util.List;
import java.util.Map;

import org.evac.bench.delivery.DeliveryRun;
import org.evac.bench.queue.QueueRun;
import org.evac.bench.residents.BotRun;

/**
 * Everything one run of the bench measured, as written to {@code latest.json}.
 *
 * @param problems scenarios that failed, and why
 * @param profiles per recording: where the time went (only with {@code --profile})
 */
public record Results(String when, Machine machine, String command, List<String> jvmFlags, List<String> queueJvmFlags,
		Residents residents, List<DeliveryRun> delivery, List<QueueRun> queue, List<Target> targets,
		List<String> problems, Map<String, Hotspots> profiles) {

	/**
	 * @param load the load average (1, 5, 15 minutes) before and after the run: the
	 * machine may be shared
	 */
	public record Machine(int cpus, long memoryMb, String java, String os, String loadBefore, String loadAfter) {
	}

	/**
	 * Scenario 1, with the ratios evac / echo that compare across noisy machines.
	 */
	public record Residents(int residents, int updatesEach, String sendLimits, BotRun evac, BotRun echo,
			double throughputRatio, double p50Ratio, double p99Ratio) {

		public static Residents of(int residents, int updatesEach, String sendLimits, BotRun evac, BotRun echo) {
			return new Residents(residents, updatesEach, sendLimits, evac, echo,
					ratio(evac.updatesPerSecond(), echo.updatesPerSecond()),
					ratio(evac.latency().p50(), echo.latency().p50()),
					ratio(evac.latency().p99(), echo.latency().p99()));
		}

		private static double ratio(double a, double b) {
			return (b == 0) ? 0 : a / b;
		}

	}

	/** One of the targets, met or missed. */
	public record Target(String name, String target, String measured, boolean met) {
	}

	/**
	 * @param samples execution samples in the recording
	 * @param threads the share of each kind of thread (numbers taken out of names)
	 * @param topFrames methods most often on top of the stack, with their share
	 * @param evacFrames evac's own methods most often nearest the top
	 */
	public record Hotspots(int samples, List<String> threads, List<String> topFrames, List<String> evacFrames) {
	}

}
