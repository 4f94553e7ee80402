package org.evac.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * How long to wait after Telegram's own trouble (5xx, time-outs): doubling from the first
 * wait up to the longest, with jitter of an eighth either way so that many chats do not
 * all retry in the same instant.
 */
final class Backoff {

	/** Beyond this many doublings the longest wait applies anyway. */
	private static final int MOST_DOUBLINGS = 16;

	private final Duration first;

	private final Duration longest;

	private final RandomGenerator random;

	Backoff(Duration first, Duration longest, RandomGenerator random) {
		this.first = first;
		this.longest = longest;
		this.random = random;
	}

	/** Jitter from each sender thread's own random numbers. */
	static Backoff of(DeliveryProperties properties) {
		return new Backoff(properties.firstBackoff(), properties.maxBackoff(),
				() -> ThreadLocalRandom.current().nextLong());
	}

	/** The wait after a message failed {@code attempts} times before this failure. */
	Duration after(int attempts) {
		long base = this.first.toMillis() << Math.min(attempts, MOST_DOUBLINGS);
		long capped = Math.min(base, this.longest.toMillis());
		long jitter = this.random.nextLong(capped / 4 + 1);
		return Duration.ofMillis(capped - capped / 8 + jitter);
	}

}
