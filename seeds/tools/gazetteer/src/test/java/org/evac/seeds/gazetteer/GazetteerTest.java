package org.evac.seeds.gazetteer;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.seeds.gazetteer.Fixtures.DONETSK;
import static org.evac.seeds.gazetteer.Fixtures.DRUZHKIVKA;
import static org.evac.seeds.gazetteer.Fixtures.KRAMATORSK;
import static org.evac.seeds.gazetteer.Fixtures.MYKOLAIVKA_1;
import static org.evac.seeds.gazetteer.Fixtures.PRYVILLIA;
import static org.evac.seeds.gazetteer.Fixtures.place;

class GazetteerTest {

	private static final RegisterRow DRUZHKIVKA_BY_HAND = new RegisterRow(DRUZHKIVKA.code(), "M", "Дружківка",
			"Druzhkivka", DONETSK, "Краматорський", "Дружківська", "", "48.630", "37.553", CoordSource.APPROXIMATE);

	private final List<GeoNamesPlace> places = List.of(place("Kramatorsk", 48.72305, 37.55629, "05", "1412"));

	@Test
	void givesASettlementWithoutItsOwnPointItsHromadasCentroid() {
		RegisterRow row = locate(List.of(KRAMATORSK, PRYVILLIA)).get(1);

		assertThat(row.coordSource()).isEqualTo(CoordSource.HROMADA);
		assertThat(row.point()).isEqualTo(Fixtures.KRAMATORSK_CENTROID);
	}

	@Test
	void leavesASettlementWhoseHromadaIsUnknownWithoutAPoint() {
		RegisterRow elsewhere = Fixtures.row("UA14999990010000000", "C", "Десь", "Des", DONETSK, "Невідомий",
				"Невідома");

		assertThat(locate(List.of(elsewhere)).get(0).coordSource()).isEqualTo(CoordSource.NONE);
	}

	@Test
	void replacesAHandTypedPointByGeoNamesAndMarksTheRestApproximate() {
		RegisterRow kramatorskByHand = new RegisterRow(KRAMATORSK.code(), "M", "Краматорськ", "Kramatorsk", DONETSK,
				"Краматорський", "Краматорська", "", "48.723", "37.556", CoordSource.NONE);

		List<RegisterRow> rows = locate(List.of(kramatorskByHand, DRUZHKIVKA_BY_HAND));

		assertThat(rows.get(0).coordSource()).isEqualTo(CoordSource.GEONAMES);
		assertThat(rows.get(0).lat()).isEqualTo("48.72305");
		assertThat(rows.get(1).coordSource()).isEqualTo(CoordSource.APPROXIMATE);
		assertThat(rows.get(1).lat()).isEqualTo("48.630");
	}

	@Test
	void givesTheSameRowsWhenRunAgainOnItsOwnOutput() {
		List<RegisterRow> once = locate(List.of(KRAMATORSK, PRYVILLIA, DRUZHKIVKA_BY_HAND, MYKOLAIVKA_1));

		assertThat(locate(once)).isEqualTo(once);
	}

	@Test
	void countsCoveragePerOblastAndInAll() {
		Coverage coverage = new Coverage(locate(List.of(KRAMATORSK, PRYVILLIA, DRUZHKIVKA_BY_HAND, MYKOLAIVKA_1)));

		assertThat(coverage.oblast(DONETSK, CoordSource.GEONAMES)).isEqualTo(1);
		assertThat(coverage.oblast(DONETSK, CoordSource.APPROXIMATE)).isEqualTo(1);
		assertThat(coverage.total(CoordSource.HROMADA)).isEqualTo(2);
		assertThat(coverage.table(Fixtures.OBLAST_NAMES)).contains("| Донецька | 4 | 1 (25%) | 1 | 2 | 0 |")
			.contains("| **all** | 4 | 1 (25%) | 1 | 2 | 0 |");
	}

	private List<RegisterRow> locate(List<RegisterRow> rows) {
		return Gazetteer.locate(rows, this.places, Fixtures.hromadas()).rows();
	}

}
