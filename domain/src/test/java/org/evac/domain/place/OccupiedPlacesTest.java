package org.evac.domain.place;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Coordinators mark places crews cannot reach; the mark holds for every instance. */
class OccupiedPlacesTest {

	private static final String BAKHMUT = "UA14020010010059145";

	/** A village of Бахмут's hromada (Бахмутська, UA1402001…). */
	private static final String KLISHCHIIVKA = "UA14020010120064151";

	private static final String BAKHMUT_HROMADA = "UA14020010000000000";

	private static final String KRAMATORSK = "UA14120090010038661";

	private final TestDatabase database = new TestDatabase();

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void startsWithNothingOccupied() {
		OccupiedPlaces occupied = new OccupiedPlaces(this.database.template(), this.clock);

		assertThat(occupied.all()).isEmpty();
		assertThat(occupied.isOccupied(BAKHMUT)).isFalse();
	}

	@Test
	void aMarkedSettlementIsOccupiedForEveryInstanceUntilUnmarked() {
		OccupiedPlaces here = new OccupiedPlaces(this.database.template(), this.clock);

		here.mark(BAKHMUT, "admin");

		assertThat(here.isOccupied(BAKHMUT)).isTrue();
		assertThat(here.isOccupied(KLISHCHIIVKA)).isFalse();
		assertThat(new OccupiedPlaces(this.database.template(), this.clock).isOccupied(BAKHMUT)).isTrue();
		assertThat(here.all()).singleElement().satisfies(place -> {
			assertThat(place.code()).isEqualTo(BAKHMUT);
			assertThat(place.markedBy()).isEqualTo("admin");
			assertThat(place.markedAt()).isEqualTo(this.clock.instant());
		});
		assertThat(here.unmark(BAKHMUT)).isTrue();
		assertThat(here.isOccupied(BAKHMUT)).isFalse();
		assertThat(here.unmark(BAKHMUT)).isFalse();
	}

	@Test
	void aMarkedHromadaCoversEachOfItsSettlementsAndNoOther() {
		OccupiedPlaces occupied = new OccupiedPlaces(this.database.template(), this.clock);

		occupied.mark(BAKHMUT_HROMADA, "admin");

		assertThat(occupied.isOccupied(BAKHMUT)).isTrue();
		assertThat(occupied.isOccupied(KLISHCHIIVKA)).isTrue();
		assertThat(occupied.isOccupied(KRAMATORSK)).isFalse();
	}

	@Test
	void refusesWhatIsNoCode() {
		OccupiedPlaces occupied = new OccupiedPlaces(this.database.template(), this.clock);

		assertThatIllegalArgumentException().isThrownBy(() -> occupied.mark("Бахмут", "admin"));
		assertThat(occupied.isOccupied(null)).isFalse();
		assertThat(occupied.isOccupied("UA14")).isFalse();
	}

}
