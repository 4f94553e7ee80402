package org.evac.telegramfake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

	private static final long MS = 1_000_000L;

	@Test
	void refusesTheMessageThatWouldPutMoreThanTheCapInOneSecond() {
		RateLimiter limiter = new RateLimiter(2, 1, 3);

		assertThat(limiter.tryAcquire(1, 0)).isTrue();
		assertThat(limiter.tryAcquire(2, 500 * MS)).isTrue();
		assertThat(limiter.tryAcquire(3, 999 * MS)).isFalse();
		assertThat(limiter.tryAcquire(3, 1000 * MS)).isTrue();
	}

	@Test
	void aChatGetsItsBurstThenItsRate() {
		RateLimiter limiter = new RateLimiter(100, 1, 3);

		assertThat(limiter.tryAcquire(7, 0)).isTrue();
		assertThat(limiter.tryAcquire(7, 1)).isTrue();
		assertThat(limiter.tryAcquire(7, 2)).isTrue();
		assertThat(limiter.tryAcquire(7, 3)).isFalse();
		assertThat(limiter.tryAcquire(8, 4)).isTrue();
		assertThat(limiter.tryAcquire(7, 990 * MS)).isFalse();
		assertThat(limiter.tryAcquire(7, 1010 * MS)).isTrue();
		assertThat(limiter.tryAcquire(7, 1011 * MS)).isFalse();
	}

	@Test
	void withABurstOfOneAChatGetsOneMessageInAnySecond() {
		RateLimiter limiter = new RateLimiter(30, 1, 1);

		assertThat(limiter.tryAcquire(7, 0)).isTrue();
		assertThat(limiter.tryAcquire(7, 990 * MS)).isFalse();
		assertThat(limiter.tryAcquire(7, 1010 * MS)).isTrue();
	}

	@Test
	void aRefusedMessageDoesNotCount() {
		RateLimiter limiter = new RateLimiter(1, 1, 1);

		assertThat(limiter.tryAcquire(7, 0)).isTrue();
		assertThat(limiter.tryAcquire(8, 10 * MS)).isFalse();
		assertThat(limiter.tryAcquire(8, 1000 * MS)).isTrue();
	}

	@Test
	void limitsArePositive() {
		assertThatThrownBy(() -> new RateLimiter(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RateLimiter(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RateLimiter(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
