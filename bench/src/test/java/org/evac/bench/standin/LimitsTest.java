package org.evac.bench.standin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsTest {

	private static final long MS = 1_000_000L;

	@Test
	void refusesTheMessageThatWouldPutMoreThanTheCapInOneSecond() {
		Limits limits = new Limits(2, 1, 3);

		assertThat(limits.tryAcquire(1, 0)).isTrue();
		assertThat(limits.tryAcquire(2, 500 * MS)).isTrue();
		assertThat(limits.tryAcquire(3, 999 * MS)).isFalse();
		assertThat(limits.tryAcquire(3, 1000 * MS)).isTrue();
	}

	@Test
	void aChatGetsItsBurstThenOneASecond() {
		Limits limits = new Limits(100, 1, 3);

		assertThat(limits.tryAcquire(7, 0)).isTrue();
		assertThat(limits.tryAcquire(7, 1)).isTrue();
		assertThat(limits.tryAcquire(7, 2)).isTrue();
		assertThat(limits.tryAcquire(7, 3)).isFalse();
		assertThat(limits.tryAcquire(7, 1000 * MS)).isTrue();
	}

}
