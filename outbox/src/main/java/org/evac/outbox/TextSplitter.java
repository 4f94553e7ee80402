package org.evac.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Telegram refuses texts over 4,096 characters. Long ones are cut at a paragraph, a line,
 * a sentence or a word, in that order of preference, never inside a surrogate pair.
 */
final class TextSplitter {

	static final int MAX = 4096;

	private TextSplitter() {
	}

	static List<String> split(String text, int max) {
		List<String> parts = new ArrayList<>();
		String rest = text;
		while (rest.length() > max) {
			int cut = cut(rest, max);
			parts.add(rest.substring(0, cut).stripTrailing());
			rest = rest.substring(cut).stripLeading();
		}
		if (!rest.isEmpty() || parts.isEmpty()) {
			parts.add(rest);
		}
		return parts;
	}

	private static int cut(String text, int max) {
		String window = text.substring(0, max);
		for (String boundary : new String[] { "\n\n", "\n", ". ", " " }) {
			int at = window.lastIndexOf(boundary);
			if (at > max / 2) {
				return at + boundary.length();
			}
		}
		return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
	}

}
