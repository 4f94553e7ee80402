package org.evac.seeds.gazetteer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Latin-script place name reduced to what any of the usual transliterations of the same
 * Ukrainian (or Russian) name would share: GeoNames writes {@code Kozyatyn},
 * {@code Dunayivtsi}, {@code Chornomors’k}, {@code Krasnogorovka} where the register's
 * KMU 2010 transliteration has {@code Koziatyn}, {@code Dunaivtsi}, {@code Chornomorsk}.
 */
final class NameKey {

	private static final Pattern APOSTROPHES_AND_SOFT_SIGNS = Pattern.compile("['’ʼ`ʹ‘\"]");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.]+");

	private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

	/** Applied in this order: longer spellings before the letters they contain. */
	private static final String[][] VARIANTS = { { "zgh", "zh" }, { "kh", "h" }, { "gh", "h" }, { "g", "h" },
			{ "ya", "ia" }, { "yu", "iu" }, { "ye", "ie" }, { "yi", "i" }, { "y", "i" }, { "j", "i" } };

	private NameKey() {
	}

	static String of(String name) {
		if (name == null) {
			return "";
		}
		String key = name.toLowerCase(Locale.ROOT);
		key = APOSTROPHES_AND_SOFT_SIGNS.matcher(key).replaceAll("");
		key = SEPARATORS.matcher(key).replaceAll("");
		for (String[] variant : VARIANTS) {
			key = key.replace(variant[0], variant[1]);
		}
		// Kozyatyn/Koziatyn become koziatin/koziiatin: doubled letters count once
		return DOUBLED.matcher(key).replaceAll("$1");
	}

}
