package org.evac.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Addresses as people type them, reduced to what tells two apart: "вул. Миру, 5, кв. 2"
 * and "Миру 5 кв 2" are the same.
 */
final class Addresses {

	private static final Set<String> FILLER = Set.of("вулиця", "вул", "ул", "улица", "street", "str", "st", "провулок",
			"пров", "переулок", "пер", "проспект", "просп", "пр", "prospekt", "avenue", "ave", "бульвар", "бул",
			"площа", "пл", "будинок", "буд", "дом", "д", "house", "квартира", "кв", "apt", "flat", "м", "г", "с",
			"смт");

	private Addresses() {
	}

	static String normalize(String address) {
		if (address == null) {
			return "";
		}
		String lower = address.toLowerCase(Locale.ROOT).replace('ё', 'е');
		return Arrays.stream(lower.split("[^\\p{L}\\p{N}]+"))
			.filter(token -> !token.isEmpty() && !FILLER.contains(token))
			.collect(Collectors.joining(" "));
	}

}
