package org.evac.bot.crew;

import java.time.Instant;
import java.time.ZoneId;

import org.evac.domain.request.Pickup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a crew member on a phone types a pickup: a time, maybe a day, then the place. */
class PickupTextTest {

	static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	/** 3 December 2026, 12:00 in Kyiv. */
	static final Instant NOON = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void readsATimeTodayAndThePlaceAfterIt() {
		assertThat(PickupText.parse("14:30 біля школи", NOON, KYIV))
			.contains(new Pickup(Instant.parse("2026-12-03T12:30:00Z"), "біля школи"));
	}

	@Test
	void takesATimeAlreadyPastForTomorrow() {
		assertThat(PickupText.parse("9.00", NOON, KYIV))
			.contains(new Pickup(Instant.parse("2026-12-04T07:00:00Z"), null));
	}

	@Test
	void readsADayBeforeTheTimeAndRollsAPastDayToNextYear() {
		assertThat(PickupText.parse("25.12 09:30 вул. Миру, 5", NOON, KYIV))
			.contains(new Pickup(Instant.parse("2026-12-25T07:30:00Z"), "вул. Миру, 5"));
		assertThat(PickupText.parse("02.01 10:00", NOON, KYIV))
			.contains(new Pickup(Instant.parse("2027-01-02T08:00:00Z"), null));
	}

	@Test
	void refusesWordsThatAreNoTime() {
		assertThat(PickupText.parse("завтра вранці", NOON, KYIV)).isEmpty();
		assertThat(PickupText.parse("25:99 там", NOON, KYIV)).isEmpty();
		assertThat(PickupText.parse("31.02 10:00", NOON, KYIV)).isEmpty();
	}

}
