package org.evac.domain.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.evac.domain.place.PlaceRef;

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

	/**
	 * The settlement and the normalised address together, or null when there is no
	 * address to compare.
	 */
	static String key(RequestDetails details) {
		String address = normalize(details.address());
		if (address.isEmpty()) {
			return null;
		}
		PlaceRef place = details.settlement();
		String where = (place == null) ? "" : (place.code() != null) ? place.code() : normalize(place.name());
		return where + "|" + address;
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
