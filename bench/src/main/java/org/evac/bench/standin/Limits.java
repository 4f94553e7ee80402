package org.evac.bench.standin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's sending limits as the stand-in enforces them, strictly: no one-second window
 * may hold more than {@code globalPerSecond} messages to all chats, and each chat has a
 * bucket of {@code perChatBurst} refilled at {@code perChatPerSecond}. A message over
 * either limit is refused with 429 and not counted.
 */
public final class Limits {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private final int globalPerSecond;

	private final double perChatPerSecond;

	private final int perChatBurst;

	private final Deque<Long> lastSecond = new ArrayDeque<>();

	private final Map<Long, double[]> chats = new ConcurrentHashMap<>();

	public Limits(int globalPerSecond, double perChatPerSecond, int perChatBurst) {
		this.globalPerSecond = globalPerSecond;
		this.perChatPerSecond = perChatPerSecond;
		this.perChatBurst = perChatBurst;
	}

	/**
	 * Counts a message to {@code chatId} sent at {@code now}; false when over a limit.
	 */
	boolean tryAcquire(long chatId, long now) {
		double[] bucket = this.chats.computeIfAbsent(chatId, id -> new double[] { this.perChatBurst, now });
		synchronized (bucket) {
			double refilled = Math.min(this.perChatBurst,
					bucket[0] + (now - (long) bucket[1]) * this.perChatPerSecond / SECOND);
			bucket[1] = now;
			if (refilled < 1) {
				bucket[0] = refilled;
				return false;
			}
			synchronized (this.lastSecond) {
				while (!this.lastSecond.isEmpty() && this.lastSecond.peekFirst() <= now - SECOND) {
					this.lastSecond.pollFirst();
				}
				if (this.lastSecond.size() >= this.globalPerSecond) {
					bucket[0] = refilled;
					return false;
				}
				this.lastSecond.addLast(now);
			}
			bucket[0] = refilled - 1;
			return true;
		}
	}

	@Override
	public String toString() {
		return this.globalPerSecond + "/s overall, " + this.perChatPerSecond + "/s per chat (burst " + this.perChatBurst
				+ ")";
	}

}
