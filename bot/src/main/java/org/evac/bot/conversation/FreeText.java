package org.evac.bot.conversation;

import java.util.regex.Pattern;

/**
 * Checks on typed answers. Whatever passes is stored as plain text and only ever shown as
 * text: a "{$where: ...}" is an odd address, never a query.
 */
final class FreeText {

	/** Invisible characters; a tab is blank space and is folded like one. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200D]]");

	private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

	private FreeText() {
	}

	/** Trims, drops control characters, folds runs of blank space. */
	static String clean(String text) {
		String s = CONTROL.matcher(text == null ? "" : text).replaceAll("");
		return s.replaceAll("[ \\t]+", " ").replaceAll("\\n{3,}", "\n\n").strip();
	}

	/**
	 * The reason to ask again, or null when the text can be an answer of at most
	 * {@code max}.
	 */
	static Parsed<String> check(String text, int max) {
		String cleaned = clean(text);
		if (cleaned.isEmpty() || !LETTER_OR_DIGIT.matcher(cleaned).find()) {
			return Parsed.invalid("invalid.words-please");
		}
		if (cleaned.codePointCount(0, cleaned.length()) > max) {
			return Parsed.invalid("invalid.too-long", max);
		}
		return Parsed.ok(cleaned);
	}

}
