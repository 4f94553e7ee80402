package org.evac.bot.conversation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ukrainian phone numbers as people write them: "050 123 45 67", "+38 (050) 123-45-67",
 * "80501234567", "380501234567". All become {@code +380XXXXXXXXX}.
 */
final class PhoneNumbers {

	private static final Pattern ALLOWED = Pattern.compile("[+\\d\\s().\\-]{9,25}");

	private static final Pattern UKRAINIAN = Pattern.compile("380[1-9]\\d{8}");

	private PhoneNumbers() {
	}

	static Optional<String> normalize(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String trimmed = typed.strip();
		if (!ALLOWED.matcher(trimmed).matches() || trimmed.indexOf('+') > 0) {
			return Optional.empty();
		}
		String digits = trimmed.replaceAll("\\D", "");
		String full = switch (digits.length()) {
			case 9 -> "380" + digits;
			case 10 -> digits.startsWith("0") ? "38" + digits : digits;
			case 11 -> digits.startsWith("80") ? "3" + digits : digits;
			default -> digits;
		};
		return UKRAINIAN.matcher(full).matches() ? Optional.of("+" + full) : Optional.empty();
	}

}
