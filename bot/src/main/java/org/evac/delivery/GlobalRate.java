package org.evac.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * The bot's overall sending rate. Sends are spaced evenly (a bucket4j bucket of one
 * token) at 96% of the limit, and a log of the last second's sends makes sure that no
 * one-second window ever holds more than the limit, even when threads wake late and send
 * together. The 4% margin (40 ms in any second) absorbs the network's jitter on the way
 * to Telegram.
 */
final class GlobalRate {

	static final double MARGIN = 0.96;

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private final int perSecond;

	private final Bucket smooth;

	private final Deque<Long> lastSecond = new ArrayDeque<>();

	GlobalRate(int perSecond) {
		this.perSecond = perSecond;
		Duration spacing = Duration.ofNanos((long) (SECOND / (perSecond * MARGIN)));
		this.smooth = Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, spacing).build())
			.build();
	}

	/** Waits for this thread's turn to send one message. */
	void acquire() throws InterruptedException {
		this.smooth.asBlocking().consume(1);
		synchronized (this.lastSecond) {
			while (this.lastSecond.size() >= this.perSecond) {
				long wait = this.lastSecond.peekFirst() + SECOND - System.nanoTime();
				if (wait <= 0) {
					this.lastSecond.pollFirst();
				}
				else {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
			}
			this.lastSecond.addLast(System.nanoTime());
		}
	}

}
