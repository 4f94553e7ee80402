package org.evac.bench.soak;

import java.util.List;

import org.evac.bench.soak.RssTrend.Sample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RssTrendTest {

	@Test
	void comparesTheLastHalfsMeanWithTheFirstHalfs() {
		RssTrend trend = RssTrend
			.of(List.of(new Sample(0, 300), new Sample(100, 400), new Sample(300, 420), new Sample(500, 460)), 600);

		assertThat(trend.firstHalfMb()).isEqualTo(350);
		assertThat(trend.lastHalfMb()).isEqualTo(440);
		assertThat(trend.maxMb()).isEqualTo(460);
		assertThat(trend.growth()).isCloseTo(440.0 / 350 - 1, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(trend.steady()).as("grew by a quarter").isFalse();
	}

	@Test
	void isSteadyWhenTheLastHalfStaysWithinATenthOfTheFirst() {
		RssTrend trend = RssTrend
			.of(List.of(new Sample(10, 400), new Sample(200, 420), new Sample(400, 430), new Sample(590, 436)), 600);

		assertThat(trend.steady()).isTrue();
	}

	@Test
	void aHalfWithoutSamplesIsNotSteady() {
		assertThat(RssTrend.of(List.of(new Sample(10, 400)), 600).steady()).isFalse();
		assertThat(RssTrend.of(List.of(), 600).steady()).isFalse();
	}

}
