package org.evac.outbox;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits after Telegram's trouble grow, are capped, and are spread by a known jitter. */
class BackoffTest {

	private static final Duration FIRST = Duration.ofSeconds(1);

	private static final Duration LONGEST = Duration.ofSeconds(60);

	/** A random source that always answers {@code fraction} of its bound. */
	private static RandomGenerator always(double fraction) {
		return new RandomGenerator() {

			@Override
			public long nextLong() {
				throw new UnsupportedOperationException("only bounded draws are expected");
			}

			@Override
			public long nextLong(long bound) {
				return Math.min(bound - 1, (long) (bound * fraction));
			}

		};
	}

	@Test
	void theWaitDoublesWithEachFailure() {
		Backoff backoff = new Backoff(FIRST, LONGEST, always(0.5));

		assertThat(backoff.after(0)).isEqualTo(Duration.ofMillis(1000));
		assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(2000));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(4000));
		assertThat(backoff.after(5)).isEqualTo(Duration.ofMillis(32000));
	}

	@Test
	void theWaitStopsGrowingAtTheLongest() {
		Backoff backoff = new Backoff(FIRST, LONGEST, always(0.5));

		assertThat(backoff.after(6)).isEqualTo(LONGEST);
		assertThat(backoff.after(16)).isEqualTo(LONGEST);
		assertThat(backoff.after(1000)).as("no overflow however often it failed").isEqualTo(LONGEST);
	}

	@Test
	void theJitterSpreadsRetriesByAnEighthEitherWay() {
		assertThat(new Backoff(FIRST, LONGEST, always(0)).after(0)).isEqualTo(Duration.ofMillis(875));
		assertThat(new Backoff(FIRST, LONGEST, always(1)).after(0)).isEqualTo(Duration.ofMillis(1125));
		assertThat(new Backoff(FIRST, LONGEST, always(0)).after(20)).isEqualTo(Duration.ofMillis(52500));
		assertThat(new Backoff(FIRST, LONGEST, always(1)).after(20)).isEqualTo(Duration.ofMillis(67500));
	}

	@Test
	void everyWaitStaysWithinItsBounds() {
		Backoff backoff = new Backoff(FIRST, LONGEST, new SplittableRandom(12));
		for (int attempts = 0; attempts < 40; attempts++) {
			long capped = Math.min(1000L << Math.min(attempts, 16), 60_000);
			for (int draw = 0; draw < 200; draw++) {
				assertThat(backoff.after(attempts).toMillis()).isBetween(capped - capped / 8,
						capped - capped / 8 + capped / 4);
			}
		}
	}

	@Test
	void theJitterComesFromTheRandomSourceGiven() {
		Backoff one = new Backoff(FIRST, LONGEST, new SplittableRandom(7));
		Backoff same = new Backoff(FIRST, LONGEST, new SplittableRandom(7));

		for (int attempts = 0; attempts < 10; attempts++) {
			assertThat(one.after(attempts)).isEqualTo(same.after(attempts));
		}
	}

}
