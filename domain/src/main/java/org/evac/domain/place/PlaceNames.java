package org.evac.domain.place;

import java.util.Locale;
import java.util.regex.Pattern;

/** How a typed place name is compared with the register's names. */
final class PlaceNames {

	private static final Pattern APOSTROPHES = Pattern.compile("[’ʼ'`´‘]");

	/** "м. Бахмут", "село Бахмут", "г. Бахмут"... all mean Бахмут. */
	private static final Pattern KIND_PREFIX = Pattern.compile(
			"^(м\\.|м |місто |с\\.|с |село |смт\\.?|селище |сел\\.|г\\.|город |пос\\.|поселок |посёлок |city |town |village )\\s*");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}' -]");

	private static final Pattern SPACES = Pattern.compile("[\\s-]+");

	private PlaceNames() {
	}

	static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String s = name.toLowerCase(Locale.ROOT).strip();
		s = APOSTROPHES.matcher(s).replaceAll("'");
		s = s.replace('ё', 'е');
		s = KIND_PREFIX.matcher(s).replaceFirst("");
		s = NOT_LETTERS.matcher(s).replaceAll(" ");
		s = SPACES.matcher(s).replaceAll(" ").strip();
		return s;
	}

}
