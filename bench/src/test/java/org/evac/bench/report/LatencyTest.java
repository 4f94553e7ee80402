package org.evac.bench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyTest {

	@Test
	void percentilesAreNearestRank() {
		double[] values = new double[100];
		for (int i = 0; i < values.length; i++) {
			values[i] = 100 - i;
		}

		Latency latency = Latency.of(values);

		assertThat(latency.p50()).isEqualTo(50);
		assertThat(latency.p99()).isEqualTo(99);
		assertThat(latency.max()).isEqualTo(100);
	}

}
