package org.evac.bot.conversation;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as people write them, checked by libphonenumber. Ukrainian ones are read
 * however they are written ("050 123 45 67", "+38 (050) 123-45-67", "80501234567",
 * "380501234567") and all become {@code +380XXXXXXXXX}; any country's number, when one is
 * accepted, becomes its international form ({@code +48601234567}).
 */
final class PhoneNumbers {

	private static final Pattern ALLOWED = Pattern.compile("[+\\d\\s().\\-]{9,25}");

	private static final Pattern UKRAINIAN = Pattern.compile("380[1-9]\\d{8}");

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final String UKRAINE = "UA";

	private PhoneNumbers() {
	}

	/** A Ukrainian number, the only kind a crew on the ground can call. */
	static Optional<String> normalize(String typed) {
		return typed(typed).flatMap(PhoneNumbers::ukrainian);
	}

	/**
	 * A number of any country (a daughter abroad filing for her mother); without a
	 * country code it is read as Ukrainian.
	 */
	static Optional<String> normalizeAnyCountry(String typed) {
		Optional<String> trimmed = typed(typed);
		if (trimmed.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> ukrainian = ukrainian(trimmed.get());
		if (ukrainian.isPresent()) {
			return ukrainian;
		}
		String international = trimmed.get().startsWith("00") ? "+" + trimmed.get().substring(2) : trimmed.get();
		if (!international.startsWith("+")) {
			return Optional.empty();
		}
		return valid(international, null);
	}

	private static Optional<String> typed(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String trimmed = typed.strip();
		if (!ALLOWED.matcher(trimmed).matches() || trimmed.indexOf('+') > 0) {
			return Optional.empty();
		}
		return Optional.of(trimmed);
	}

	private static Optional<String> ukrainian(String trimmed) {
		String digits = trimmed.replaceAll("\\D", "");
		String full = switch (digits.length()) {
			case 9 -> "380" + digits;
			case 10 -> digits.startsWith("0") ? "38" + digits : digits;
			case 11 -> digits.startsWith("80") ? "3" + digits : digits;
			default -> digits;
		};
		if (!UKRAINIAN.matcher(full).matches()) {
			return Optional.empty();
		}
		return valid("+" + full, UKRAINE);
	}

	/** The number in international form, when libphonenumber knows it as a real one. */
	private static Optional<String> valid(String international, String region) {
		try {
			PhoneNumber number = UTIL.parse(international, UKRAINE);
			boolean ok = !number.hasExtension() && UTIL.isValidNumber(number)
					&& (region == null || region.equals(UTIL.getRegionCodeForNumber(number)));
			return ok ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
