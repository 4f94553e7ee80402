package org.evac.outbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * The bot's overall sending rate: never more than the limit within any one second as
 * Telegram counts, and, with a backlog, close to the limit.
 *
 * <p>
 * Telegram counts a message when it arrives, which is some time after we send it and
 * before its answer comes back; a send late on its way (a busy network, a thread that
 * wakes late) could otherwise land in the same second as later ones. So a send counts
 * from the moment it starts until one second after its answer: whenever it arrived, every
 * one-second window at Telegram holds at most the limit. Within that bound a bucket4j
 * bucket paces the sends at {@value #PACE} of the limit, with room to catch up after a
 * pause, so that turns lost while the senders were held up are made good.
 */
final class GlobalRate {

	static final double PACE = 0.99;

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	/** How long to wait when only sends still under way fill the second. */
	private static final long WHILE_UNDER_WAY = TimeUnit.MILLISECONDS.toNanos(1);

	private final int perSecond;

	private final TimeMeter time;

	private final Bucket pace;

	private int underWay;

	/** When the sends of the last second were answered, oldest first. */
	private final Deque<Long> answered = new ArrayDeque<>();

	GlobalRate(int perSecond) {
		this(perSecond, TimeMeter.SYSTEM_NANOTIME);
	}

	GlobalRate(int perSecond, TimeMeter time) {
		this.perSecond = perSecond;
		this.time = time;
		// up to a quarter second's sends may go at once after the senders were held
		// up (a busy machine, a pause): the count above still keeps every second
		// within the limit
		long catchUp = Math.max(2, perSecond / 4);
		Duration spacing = Duration.ofNanos((long) (SECOND / (perSecond * PACE)));
		this.pace = Bucket.builder()
			.withCustomTimePrecision(time)
			.addLimit(Bandwidth.builder().capacity(catchUp).refillGreedy(1, spacing).initialTokens(1).build())
			.build();
	}

	/**
	 * Waits for this thread's turn to send one message; {@link #answered()} must follow
	 * when the send is over, however it ended.
	 */
	void acquire() throws InterruptedException {
		long wait;
		while ((wait = tryStart()) > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

	/**
	 * Starts a send when one may start now (returns 0, and counts it as under way);
	 * otherwise returns the nanoseconds to wait before asking again.
	 */
	synchronized long tryStart() {
		long now = this.time.currentTimeNanos();
		while (!this.answered.isEmpty() && this.answered.peekFirst() + SECOND <= now) {
			this.answered.pollFirst();
		}
		if (this.underWay + this.answered.size() >= this.perSecond) {
			return this.answered.isEmpty() ? WHILE_UNDER_WAY : this.answered.peekFirst() + SECOND - now;
		}
		ConsumptionProbe turn = this.pace.tryConsumeAndReturnRemaining(1);
		if (!turn.isConsumed()) {
			return Math.max(1, turn.getNanosToWaitForRefill());
		}
		this.underWay++;
		return 0;
	}

	/** The send started last is over (accepted, refused or failed). */
	synchronized void answered() {
		this.underWay--;
		this.answered.addLast(this.time.currentTimeNanos());
	}

}
