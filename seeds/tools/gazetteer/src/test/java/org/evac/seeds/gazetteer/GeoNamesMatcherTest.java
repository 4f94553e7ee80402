package org.evac.seeds.gazetteer;

import java.util.List;

import org.evac.seeds.gazetteer.GeoNamesMatcher.Matches;
import org.evac.seeds.gazetteer.GeoNamesMatcher.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.seeds.gazetteer.Fixtures.DRUZHKIVKA;
import static org.evac.seeds.gazetteer.Fixtures.KRAMATORSK;
import static org.evac.seeds.gazetteer.Fixtures.MYKOLAIVKA_1;
import static org.evac.seeds.gazetteer.Fixtures.MYKOLAIVKA_2;
import static org.evac.seeds.gazetteer.Fixtures.MYKOLAIVKA_3;
import static org.evac.seeds.gazetteer.Fixtures.place;

class GeoNamesMatcherTest {

	private final GeoNamesMatcher matcher = new GeoNamesMatcher(
			List.of(KRAMATORSK, MYKOLAIVKA_1, MYKOLAIVKA_2, MYKOLAIVKA_3, DRUZHKIVKA), Fixtures.hromadas());

	@Test
	void matchesAKnownCityInItsOblastAndRaion() {
		Matches matches = this.matcher.match(List.of(place("Kramatorsk", 48.72305, 37.55629, "05", "1412")));

		assertThat(matches.points()).containsEntry(KRAMATORSK.code(), new Point(48.72305, 37.55629));
		assertThat(matches.results()).containsEntry(Result.MATCHED, 1);
	}

	@Test
	void matchesAnotherTransliterationOfTheSameName() {
		Matches matches = this.matcher.match(List.of(place("Druzhkivka", 48.63, 37.55, "05", "1412"),
				place("Kramators’k", 48.72, 37.55, "05", "1412")));

		assertThat(matches.points()).containsOnlyKeys(DRUZHKIVKA.code(), KRAMATORSK.code());
	}

	@Test
	void leavesANameThatTwoRowsOfOneHromadaShareEmpty() {
		Matches matches = this.matcher.match(List.of(place("Mykolayivka", 48.61, 37.98, "05", "1402")));

		assertThat(matches.points()).isEmpty();
		assertThat(matches.results()).containsEntry(Result.AMBIGUOUS, 1);
	}

	@Test
	void leavesANameWithoutARaionEmptyWhenSeveralRowsHaveIt() {
		Matches matches = this.matcher.match(List.of(place("Mykolaivka", 48.61, 37.98, "05", "")));

		assertThat(matches.points()).isEmpty();
	}

	@Test
	void tellsNamesakesApartByTheRaionGeoNamesGives() {
		Matches matches = this.matcher.match(List.of(place("Mykolaivka", 48.30, 37.20, "05", "1416")));

		assertThat(matches.points()).containsOnlyKeys(MYKOLAIVKA_3.code());
	}

	@Test
	void refusesANamesakeInAnotherRaion() {
		Matches matches = this.matcher.match(List.of(place("Kramatorsk", 48.0, 37.8, "05", "1408")));

		assertThat(matches.points()).isEmpty();
		assertThat(matches.results()).containsEntry(Result.OTHER_RAION, 1);
	}

	@Test
	void refusesAMatchFarFromItsHromada() {
		// a city district in GeoNames that shares a village's name, 60 km away
		Matches matches = this.matcher.match(List.of(place("Kramatorsk", 48.20, 37.60, "05", "1412")));

		assertThat(matches.points()).isEmpty();
		assertThat(matches.results()).containsEntry(Result.FAR, 1);
	}

	@Test
	void leavesARowThatTwoPlacesNameEmpty() {
		Matches matches = this.matcher.match(List.of(place("Kramatorsk", 48.72, 37.55, "05", "1412"),
				place("Kramators'k", 48.75, 37.58, "05", "1412")));

		assertThat(matches.points()).isEmpty();
		assertThat(matches.results()).containsEntry(Result.SHARED_ROW, 2);
	}

	@Test
	void looksOnlyInThePlacesOwnOblast() {
		Matches matches = this.matcher.match(List.of(place("Kramatorsk", 48.72, 37.55, "07", "")));

		assertThat(matches.points()).isEmpty();
		assertThat(matches.results()).containsEntry(Result.NO_NAME, 1);
	}

}
