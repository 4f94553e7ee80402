package org.evac.bench.residents;

import org.evac.bench.process.GcLog;
import org.evac.bench.report.Latency;

/**
 * One bot's figures in the residents scenario.
 *
 * @param bot "evac" or "echo"
 * @param startupSeconds process start to health UP (evac) or to the first getUpdates
 * (echo, which has no health check)
 * @param firstPollSeconds process start to the first getUpdates
 * @param idleRssMb resident memory a few seconds after start, before any load
 * @param peakRssMb the most resident memory during the run (VmHWM)
 * @param heap the heap as the GC log shows it
 * @param sampledHeapMb the most heap evac's metrics showed, sampled each second (-1 for
 * the echo bot, which has no metrics)
 * @param updatesPerSecond answered updates over the run's length
 * @param latency offered update to the bot's first message to that chat
 * @param finished residents through the whole script
 * @param finishedPerSecond for evac: requests filed per second
 * @param turns updates answered
 * @param seconds the run's length
 * @param refused messages the stand-in refused with 429
 * @param cpuMsPerUpdate the bot's CPU time (user and system) per answered update: what
 * caps its throughput on a machine of few cores
 * @param benchCpuMsPerUpdate the bench's own CPU time (stand-in and residents) per
 * answered update, on the same cores
 * @param answeredAtS when each update's answer completed (seconds), for the chart
 * @param latenciesMs every latency, sorted, for the chart
 */
public record BotRun(String bot, double startupSeconds, double firstPollSeconds, double idleRssMb, double peakRssMb,
		GcLog.Heap heap, double sampledHeapMb, double updatesPerSecond, Latency latency, int finished,
		double finishedPerSecond, int turns, double seconds, long refused, double cpuMsPerUpdate,
		double benchCpuMsPerUpdate, @com.fasterxml.jackson.annotation.JsonIgnore double[] answeredAtS,
		@com.fasterxml.jackson.annotation.JsonIgnore double[] latenciesMs) {

}
