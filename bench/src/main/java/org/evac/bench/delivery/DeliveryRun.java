package org.evac.bench.delivery;

/**
 * One delivery run's figures.
 *
 * @param cap the global cap evac was given, and the stand-in enforced
 * @param messages messages queued, each to a chat of its own
 * @param delivered messages the stand-in accepted (first copies only)
 * @param seconds from the first accepted message to the last
 * @param perSecond achieved rate over that time
 * @param ofCap the achieved rate as a share of the cap
 * @param backlogPerSecond the rate while the whole backlog was queued: the messages
 * accepted after the last was queued, over the time from then to the last accepted (the
 * first seconds share the database with the queueing itself)
 * @param steadyPerSecond the median of the whole seconds between the first and the last
 * (what the rate settles at once sending is under way)
 * @param refused answers of 429
 * @param duplicates messages accepted more than once for the same chat
 * @param lost messages never accepted within the time allowed
 * @param queueSeconds how long queueing them took
 * @param timeline messages accepted in each second from the first
 */
public record DeliveryRun(int cap, int messages, int delivered, double seconds, double perSecond, double ofCap,
		double backlogPerSecond, double steadyPerSecond, long refused, int duplicates, int lost, double queueSeconds,
		int[] timeline) {

	/** The rate with the whole backlog queued, as a share of the cap. */
	public double backlogOfCap() {
		return this.backlogPerSecond / this.cap;
	}

}
