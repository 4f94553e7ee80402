package org.evac.seeds.gazetteer;

import java.util.Map;
import java.util.Optional;

/**
 * GeoNames' first-level codes for Ukraine ({@code admin1}, as named in the package's
 * {@code admin1.json}) and the KATOTTG code of the same oblast, written once by hand and
 * checked against each place's {@code admin2}, whose first two digits are the KATOTTG
 * oblast digits.
 */
final class OblastTable {

	private static final Map<String, String> KATOTTG_BY_ADMIN1 = Map.ofEntries(Map.entry("01", "UA71000000000010357"), // Cherkasy:
																														// Черкаська
																														// область
			Map.entry("02", "UA74000000000025378"), // Chernihiv Oblast: Чернігівська
													// область
			Map.entry("03", "UA73000000000044923"), // Chernivtsi: Чернівецька область
			Map.entry("04", "UA12000000000090473"), // Dnipropetrovsk: Дніпропетровська
													// область
			Map.entry("05", "UA14000000000091971"), // Donetsk: Донецька область
			Map.entry("06", "UA26000000000069363"), // Ivano-Frankivsk: Івано-Франківська
													// область
			Map.entry("07", "UA63000000000041885"), // Kharkiv: Харківська область
			Map.entry("08", "UA65000000000030969"), // Kherson: Херсонська область
			Map.entry("09", "UA68000000000099709"), // Khmelnytskyi: Хмельницька область
			Map.entry("10", "UA35000000000016081"), // Kirovohrad: Кіровоградська область
			Map.entry("11", "UA01000000000013043"), // Crimea: Автономна Республіка Крим
			Map.entry("12", "UA80000000000093317"), // Kyiv City: Київ
			Map.entry("13", "UA32000000000030281"), // Kyiv Oblast: Київська область
			Map.entry("14", "UA44000000000018893"), // Luhansk: Луганська область
			Map.entry("15", "UA46000000000026241"), // Lviv: Львівська область
			Map.entry("16", "UA48000000000039575"), // Mykolaiv: Миколаївська область
			Map.entry("17", "UA51000000000030770"), // Odesa: Одеська область
			Map.entry("18", "UA53000000000028050"), // Poltava: Полтавська область
			Map.entry("19", "UA56000000000066151"), // Rivne Oblast: Рівненська область
			Map.entry("20", "UA85000000000065278"), // Sevastopol City: Севастополь
			Map.entry("21", "UA59000000000057109"), // Sumy: Сумська область
			Map.entry("22", "UA61000000000060328"), // Ternopil: Тернопільська область
			Map.entry("23", "UA05000000000010236"), // Vinnytsia: Вінницька область
			Map.entry("24", "UA07000000000024379"), // Volyn: Волинська область
			Map.entry("25", "UA21000000000011690"), // Zakarpattia: Закарпатська область
			Map.entry("26", "UA23000000000064947"), // Zaporizhzhia: Запорізька область
			Map.entry("27", "UA18000000000041385")); // Zhytomyr Oblast: Житомирська
														// область

	private OblastTable() {
	}

	static Optional<String> oblastCode(String admin1) {
		return Optional.ofNullable(KATOTTG_BY_ADMIN1.get(admin1));
	}

	/**
	 * The KATOTTG raion prefix ({@code UA1416}) of a GeoNames {@code admin2} code: in
	 * GeoNames' Ukraine data these are the four raion digits of KATOTTG (1416 =
	 * Покровський район of Donetsk oblast). Other shapes (Kyiv's districts, Sevastopol's)
	 * are no raion.
	 */
	static Optional<String> raionPrefix(String oblastCode, String admin2) {
		if (admin2 == null || admin2.length() != 4 || !oblastCode.startsWith(admin2.substring(0, 2), 2)) {
			return Optional.empty();
		}
		return Optional.of("UA" + admin2);
	}

}
