package org.evac.domain.place;

import java.util.Locale;

/**
 * The forms in which typed names and the register's names are compared. A typed name is
 * first {@linkplain #normalize normalised} (case, apostrophes, "м."), with Latin letters
 * that look Cyrillic read as Cyrillic; its <em>skeleton</em> then drops the differences
 * that residents' spellings do not keep apart: і/и/ы/ї/й, е/є/э, the soft sign, the
 * apostrophe, doubled letters. Two names with one skeleton are the same name spelled two
 * ways; the register's Russian and old names are compared by skeleton too.
 */
final class Spellings {

	/** Latin letters typed in a Cyrillic word because they look the same. */
	private static final String LATIN_LOOKALIKES = "AaBCcEeHIiKkMOoPpTXxYyÏï";

	private static final String CYRILLIC_TWINS = "АаВСсЕеНІіКкМОоРрТХхУуЇї";

	private Spellings() {
	}

	/**
	 * The typed name as the register would write it: {@link PlaceNames#normalize} after
	 * reading Latin look-alikes in a Cyrillic word as Cyrillic ("Харкiв" with a Latin i);
	 * a word all in Latin letters is left Latin.
	 */
	static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder words = new StringBuilder(typed.length());
		for (String word : typed.split("(?<=\\s)|(?=\\s)")) {
			words.append(hasCyrillic(word) ? cyrillicLookalikes(word) : word);
		}
		return PlaceNames.normalize(words.toString());
	}

	static boolean hasCyrillic(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
				return true;
			}
		}
		return false;
	}

	/** A name written in Latin letters only (a transliteration or an English name). */
	static boolean isLatin(String normalized) {
		return !hasCyrillic(normalized) && normalized.chars().anyMatch(Character::isLetter);
	}

	private static String cyrillicLookalikes(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int at = LATIN_LOOKALIKES.indexOf(c);
			out.append((at < 0) ? c : CYRILLIC_TWINS.charAt(at));
		}
		return out.toString();
	}

	/** The skeleton of a normalised Cyrillic name (see the class comment). */
	static String skeleton(String normalized) {
		StringBuilder out = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length(); i++) {
			char c = fold(normalized.charAt(i));
			if (c != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
				out.append(c);
			}
		}
		return out.toString().strip();
	}

	private static char fold(char c) {
		return switch (c) {
			case 'і', 'ї', 'ы', 'й' -> 'и';
			case 'є', 'э', 'ё' -> 'е';
			case 'ґ' -> 'г';
			case 'ь', 'ъ', '\'' -> 0;
			case '-' -> ' ';
			default -> c;
		};
	}

	/**
	 * The skeleton of a normalised Latin name: transliterations differ in kh/h, y/i/j,
	 * doubled letters and apostrophes ("Kharkiv", "Harkiv", "Slavyansk", "Sloviansk").
	 */
	static String latinSkeleton(String normalized) {
		String s = normalized.toLowerCase(Locale.ROOT)
			.replace("'", "")
			.replace('-', ' ')
			.replace("kh", "h")
			.replace('y', 'i')
			.replace('j', 'i')
			.replace('w', 'v');
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
				out.append(c);
			}
		}
		return out.toString().strip();
	}

}
