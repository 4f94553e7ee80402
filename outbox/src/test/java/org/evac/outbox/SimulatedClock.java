package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.github.bucket4j.TimeMeter;

/**
 * A clock the test moves by hand; the outbox, the lanes and the chats' rate limits all
 * read it, so every wait is simulated and exact.
 */
final class SimulatedClock extends Clock {

	private volatile Instant now;

	SimulatedClock(Instant now) {
		this.now = now;
	}

	void advance(Duration by) {
		this.now = this.now.plus(by);
	}

	void set(Instant now) {
		this.now = now;
	}

	/** The same time, for bucket4j's limits. */
	TimeMeter meter() {
		return new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant at = SimulatedClock.this.now;
				return at.getEpochSecond() * 1_000_000_000L + at.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return false;
			}

		};
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
