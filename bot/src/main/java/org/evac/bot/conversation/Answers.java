package org.evac.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.LocalizedName;

/** Reading the usual kinds of answer: a tapped button, a number, a name from a list. */
final class Answers {

	private Answers() {
	}

	/** The value of a button of this step; the engine has already checked the owner. */
	static Optional<String> button(Incoming incoming) {
		if (incoming instanceof Incoming.ButtonPress press) {
			return Buttons.parse(press.data()).map(Buttons.Press::value);
		}
		return Optional.empty();
	}

	static Optional<String> text(Incoming incoming) {
		return (incoming instanceof Incoming.Text text) ? Optional.of(text.text()) : Optional.empty();
	}

	/** A whole number typed or tapped, within bounds. */
	static Parsed<Integer> number(Incoming incoming, int min, int max, String notANumberKey, String outOfRangeKey) {
		Optional<String> raw = button(incoming).or(() -> text(incoming));
		if (raw.isEmpty()) {
			return Parsed.invalid(notANumberKey);
		}
		String digits = FreeText.clean(raw.get());
		if (!digits.matches("\\d{1,6}")) {
			return Parsed.invalid(notANumberKey);
		}
		int value = Integer.parseInt(digits);
		return (value < min || value > max) ? Parsed.invalid(outOfRangeKey, min, max) : Parsed.ok(value);
	}

	/**
	 * One of the offered items, by its button or by typing the start of its name in any
	 * language.
	 */
	static <T> Parsed<T> choice(Incoming incoming, List<T> offered, Function<T, String> code,
			Function<T, LocalizedName> names) {
		Optional<String> tapped = button(incoming);
		if (tapped.isPresent()) {
			return offered.stream()
				.filter(o -> code.apply(o).equals(tapped.get()))
				.findFirst()
				.map(Parsed::ok)
				.orElseGet(() -> Parsed.invalid("invalid.choose-button"));
		}
		Optional<String> typed = text(incoming).map(t -> FreeText.clean(t).toLowerCase());
		if (typed.isEmpty() || typed.get().length() < 3) {
			return Parsed.invalid("invalid.choose-button");
		}
		List<T> matching = offered.stream().filter(o -> startsWith(names.apply(o), typed.get())).toList();
		return (matching.size() == 1) ? Parsed.ok(matching.get(0)) : Parsed.invalid("invalid.choose-button");
	}

	private static boolean startsWith(LocalizedName names, String typed) {
		for (Language language : Language.values()) {
			if (names.in(language).toLowerCase().replace('’', '\'').startsWith(typed.replace('’', '\''))) {
				return true;
			}
		}
		return false;
	}

}
