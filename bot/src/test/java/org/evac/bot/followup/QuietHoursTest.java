package org.evac.bot.followup;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Quiet hours in the residents' time zone (Kyiv is UTC+2 in winter). */
class QuietHoursTest {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	private final QuietHours night = QuietHours.parse("22:00-07:00", KYIV);

	@Test
	void aNightRunsPastMidnight() {
		assertThat(this.night.contains(Instant.parse("2026-11-22T19:59:00Z"))).isFalse();
		assertThat(this.night.contains(Instant.parse("2026-11-22T20:00:00Z"))).isTrue();
		assertThat(this.night.contains(Instant.parse("2026-11-23T01:00:00Z"))).isTrue();
		assertThat(this.night.contains(Instant.parse("2026-11-23T05:00:00Z"))).isFalse();
	}

	@Test
	void whatFallsInTheNightWaitsForTheMorning() {
		assertThat(this.night.notBefore(Instant.parse("2026-11-22T21:30:00Z")))
			.isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
		assertThat(this.night.notBefore(Instant.parse("2026-11-23T03:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
		assertThat(this.night.notBefore(Instant.parse("2026-11-23T12:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
	}

	@Test
	void hoursWithinOneDayWorkToo() {
		QuietHours siesta = QuietHours.parse("13:00-15:00", KYIV);

		assertThat(siesta.contains(Instant.parse("2026-11-22T11:30:00Z"))).isTrue();
		assertThat(siesta.contains(Instant.parse("2026-11-22T13:30:00Z"))).isFalse();
		assertThat(siesta.notBefore(Instant.parse("2026-11-22T11:30:00Z")))
			.isEqualTo(Instant.parse("2026-11-22T13:00:00Z"));
	}

	@Test
	void noneByDefault() {
		QuietHours none = QuietHours.parse("", KYIV);

		assertThat(none.contains(Instant.parse("2026-11-23T01:00:00Z"))).isFalse();
		assertThat(none.notBefore(Instant.parse("2026-11-23T01:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
	}

	@Test
	void refusesWhatIsNotAPairOfTimes() {
		assertThatIllegalArgumentException().isThrownBy(() -> QuietHours.parse("22-7", KYIV));
		assertThatIllegalArgumentException().isThrownBy(() -> QuietHours.parse("22:00", KYIV));
		assertThatIllegalArgumentException().isThrownBy(() -> QuietHours.parse("07:00-07:00", KYIV));
	}

}
