package org.evac.app.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system's clock, moved forward by the test: evac sees the time pass that a test
 * would otherwise wait out (a period between check-ins, a downtime), while its schedulers
 * keep ticking in real time.
 */
public final class MovedSystemClock extends Clock {

	private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

	/** Moves the clock forward by {@code time}, at once. */
	public void moveBy(Duration time) {
		this.ahead.accumulateAndGet(time, Duration::plus);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.ahead.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("evac keeps its clock in UTC");
	}

}
