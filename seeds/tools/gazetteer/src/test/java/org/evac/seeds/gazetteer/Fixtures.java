package org.evac.seeds.gazetteer;

import java.util.Map;

/**
 * A few real rows of the register and points near them, enough to specify the matching.
 */
final class Fixtures {

	static final String DONETSK = "UA14000000000091971";

	static final String KHARKIV = "UA63000000000041885";

	static final Map<String, String> OBLAST_NAMES = Map.of(DONETSK, "Донецька", KHARKIV, "Харківська");

	static final RegisterRow KRAMATORSK = row("UA14120090010038661", "M", "Краматорськ", "Kramatorsk", DONETSK,
			"Краматорський", "Краматорська");

	/** Two villages of one name in one hromada: nothing tells them apart. */
	static final RegisterRow MYKOLAIVKA_1 = row("UA14020010170012345", "C", "Миколаївка", "Mykolaivka", DONETSK,
			"Бахмутський", "Бахмутська");

	static final RegisterRow MYKOLAIVKA_2 = row("UA14020010180023456", "C", "Миколаївка", "Mykolaivka", DONETSK,
			"Бахмутський", "Бахмутська");

	/** The same name in another raion of the oblast. */
	static final RegisterRow MYKOLAIVKA_3 = row("UA14160210130034567", "C", "Миколаївка", "Mykolaivka", DONETSK,
			"Покровський", "Покровська");

	static final RegisterRow DRUZHKIVKA = row("UA14120030010055241", "M", "Дружківка", "Druzhkivka", DONETSK,
			"Краматорський", "Дружківська");

	/** A village with no GeoNames entry: it gets its hromada's centroid. */
	static final RegisterRow PRYVILLIA = row("UA14120090020011111", "C", "Привілля", "Pryvillia", DONETSK,
			"Краматорський", "Краматорська");

	static final Point KRAMATORSK_CENTROID = new Point(48.73, 37.50);

	static final Point BAKHMUT_CENTROID = new Point(48.60, 38.00);

	static final Point POKROVSK_CENTROID = new Point(48.28, 37.18);

	static final Point DRUZHKIVKA_CENTROID = new Point(48.62, 37.55);

	private Fixtures() {
	}

	static RegisterRow row(String code, String category, String uk, String en, String oblast, String raion,
			String hromada) {
		return new RegisterRow(code, category, uk, en, oblast, raion, hromada, "", "", "", CoordSource.NONE);
	}

	static HromadaCentroids hromadas() {
		HromadaCentroids hromadas = new HromadaCentroids(OBLAST_NAMES);
		hromadas.add("Донецька", "Краматорський", "Краматорська", KRAMATORSK_CENTROID);
		hromadas.add("Донецька", "Бахмутський", "Бахмутська", BAKHMUT_CENTROID);
		hromadas.add("Донецька", "Покровський", "Покровська", POKROVSK_CENTROID);
		hromadas.add("Донецька", "Краматорський", "Дружківська", DRUZHKIVKA_CENTROID);
		return hromadas;
	}

	static GeoNamesPlace place(String name, double lat, double lon, String admin1, String admin2) {
		return new GeoNamesPlace(name, new Point(lat, lon), admin1, admin2);
	}

}
