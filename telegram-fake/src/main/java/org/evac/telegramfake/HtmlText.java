package org.evac.telegramfake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Checks text sent with {@code parse_mode=HTML} the way Telegram does, and works out what
 * the resident sees. Telegram rejects the whole message when the markup is invalid (e.g.
 * an unescaped {@code <} from user input, or {@code <br>
 * }), a common production bug that a lenient fake would hide.
 */
final class HtmlText {

	/** The tags the Bot API supports in HTML parse mode. */
	private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
			"tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

	private HtmlText() {
	}

	/**
	 * @return the text without tags and with entities decoded
	 * @throws ApiError (400 "can't parse entities") if the markup is invalid
	 */
	static String visibleText(String html) {
		StringBuilder out = new StringBuilder(html.length());
		Deque<String> open = new ArrayDeque<>();
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			if (c == '<') {
				int end = html.indexOf('>', i);
				String tag = (end < 0) ? "" : html.substring(i + 1, end).trim();
				boolean closing = tag.startsWith("/");
				String name = (closing ? tag.substring(1) : tag).split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
				if (end < 0 || !TAGS.contains(name)) {
					throw cantParse("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(html, i));
				}
				if (closing) {
					String expected = open.poll();
					if (!name.equals(expected)) {
						throw cantParse("Unmatched end tag at byte offset " + byteOffset(html, i) + ", expected \"</"
								+ expected + ">\", found \"</" + name + ">\"");
					}
				}
				else {
					open.push(name);
				}
				i = end + 1;
			}
			else if (c == '&') {
				i = decodeEntity(html, i, out);
			}
			else {
				out.append(c);
				i++;
			}
		}
		if (!open.isEmpty()) {
			throw cantParse("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
		}
		return out.toString();
	}

	/** Appends the decoded entity starting at {@code i}; returns the index after it. */
	private static int decodeEntity(String html, int i, StringBuilder out) {
		int semicolon = html.indexOf(';', i);
		if (semicolon > i && semicolon - i <= 10) {
			String name = html.substring(i + 1, semicolon);
			String decoded = switch (name) {
				case "lt" -> "<";
				case "gt" -> ">";
				case "amp" -> "&";
				case "quot" -> "\"";
				default -> numericEntity(name);
			};
			if (decoded != null) {
				out.append(decoded);
				return semicolon + 1;
			}
		}
		// Telegram keeps an ampersand that starts no known entity as it is.
		out.append('&');
		return i + 1;
	}

	private static String numericEntity(String name) {
		try {
			if (name.startsWith("#x") || name.startsWith("#X")) {
				return Character.toString(Integer.parseInt(name.substring(2), 16));
			}
			if (name.startsWith("#")) {
				return Character.toString(Integer.parseInt(name.substring(1)));
			}
		}
		catch (IllegalArgumentException ex) {
			// not an entity after all
		}
		return null;
	}

	private static int byteOffset(String text, int index) {
		return text.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
	}

	private static ApiError cantParse(String why) {
		return ApiError.badRequest("can't parse entities: " + why);
	}

}
