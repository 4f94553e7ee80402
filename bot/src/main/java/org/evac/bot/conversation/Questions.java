package org.evac.bot.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.evac.outbox.Keyboard;

/**
 * Ready-made kinds of question, so that a new one is a line in {@link Questionnaire} and
 * its message keys: {@code <id>.ask} asks it, {@code <id>.<VALUE>} labels each choice,
 * and the answer is kept in the draft (and the request) under the question's id. Typed
 * words are understood where a button would do ("так", "yes"), and anything else is asked
 * again with a kind reason.
 */
final class Questions {

	static final String SKIP = "skip";

	private static final String DONE = "done";

	private Questions() {
	}

	/** One of the values of {@code type}, one button a row. */
	static <E extends Enum<E>> Step<E> choice(String id, Class<E> type, Predicate<Draft> when) {
		return new Step<E>(id, (draft, c) -> {
			List<Keyboard.InlineButton> buttons = new ArrayList<>();
			for (E value : type.getEnumConstants()) {
				buttons.add(c.button(id + "." + value.name(), Buttons.data(id, value.name())));
			}
			return c.reply(id + ".ask", Keyboard.Inline.of(buttons, 1));
		}, (incoming, draft, c) -> {
			Optional<String> tapped = Answers.button(incoming);
			Optional<String> typed = Answers.text(incoming).map(t -> FreeText.clean(t).toLowerCase());
			for (E value : type.getEnumConstants()) {
				if (tapped.filter(value.name()::equals).isPresent() || typed
					.filter(t -> t.length() >= 3 && c.text(id + "." + value.name()).toLowerCase().contains(t))
					.isPresent()) {
					return Parsed.ok(value);
				}
			}
			return Parsed.invalid("invalid.choose-button");
		}, (draft, value, c) -> draft.with(id, value), when, false);
	}

	/** Yes or no; {@code <id>.yes} and {@code <id>.no} label the buttons. */
	static Step<Boolean> yesNo(String id, Predicate<Draft> when) {
		return new Step<Boolean>(
				id, (draft,
						c) -> c
							.reply(id + ".ask",
									Buttons.fitting(List.of(c.button(id + ".yes", Buttons.data(id, "yes")),
											c.button(id + ".no", Buttons.data(id, "no"))), 2)),
				(incoming, draft, c) -> {
					Optional<String> value = Answers.button(incoming)
						.or(() -> Answers.text(incoming).map(t -> yesOrNo(t, c)));
					if (value.filter("yes"::equals).isPresent()) {
						return Parsed.ok(true);
					}
					return value.filter("no"::equals).isPresent() ? Parsed.ok(false)
							: Parsed.invalid("invalid.choose-button");
				}, (draft, value, c) -> draft.with(id, value), when, false);
	}

	private static String yesOrNo(String typed, Context c) {
		String t = FreeText.clean(typed).toLowerCase();
		if (List.of("так", "да", "yes", "є", "есть", "+").contains(t)) {
			return "yes";
		}
		return List.of("ні", "нет", "no", "немає", "нема", "-").contains(t) ? "no" : "";
	}

	/**
	 * A whole number, with buttons for {@code min} to {@code lastButton}; more is typed.
	 */
	static Step<Integer> number(String id, int min, int max, int lastButton, Predicate<Draft> when) {
		return new Step<Integer>(id, (draft, c) -> {
			List<Keyboard.InlineButton> buttons = new ArrayList<>();
			for (int n = min; n <= lastButton; n++) {
				buttons.add(new Keyboard.InlineButton(String.valueOf(n), Buttons.data(id, String.valueOf(n))));
			}
			return c.reply(id + ".ask", Keyboard.Inline.of(buttons, 3));
		}, (incoming, draft, c) -> Answers.number(incoming, min, max, "invalid.number", "invalid.number-range"),
				(draft, value, c) -> draft.with(id, value), when, false);
	}

	/** Text of at most {@code max} characters, or «Пропустити». */
	static Step<Optional<String>> optionalText(String id, int max, Predicate<Draft> when) {
		return new Step<Optional<String>>(id,
				(draft, c) -> c.reply(id + ".ask",
						Keyboard.Inline.column(c.button("answer.skip", Buttons.data(id, SKIP)))),
				(incoming, draft, c) -> {
					if (Answers.button(incoming).filter(SKIP::equals).isPresent()) {
						return Parsed.ok(Optional.empty());
					}
					if (!(incoming instanceof Incoming.Text text)) {
						return Parsed.invalid("invalid.words-please");
					}
					Parsed<String> checked = FreeText.check(text.text(), max);
					return (checked instanceof Parsed.Ok<String> ok) ? Parsed.ok(Optional.of(ok.value()))
							: Parsed.invalid(((Parsed.Invalid<String>) checked).reasonKey(),
									((Parsed.Invalid<String>) checked).args());
				}, (draft, value, c) -> draft.with(id, value.orElse(null)), when, false);
	}

	/**
	 * Several values of {@code type}: each tap ticks or unticks one, «Готово» finishes.
	 */
	static <E extends Enum<E>> Step<Optional<E>> several(String id, Class<E> type, Predicate<Draft> when) {
		return new Step<Optional<E>>(id, (draft, c) -> {
			Set<E> ticked = draft.answers().choices(id, type);
			List<Keyboard.InlineButton> buttons = new ArrayList<>();
			for (E value : type.getEnumConstants()) {
				String label = c.text(id + "." + value.name());
				buttons.add(new Keyboard.InlineButton(ticked.contains(value) ? "✅ " + label : label,
						Buttons.data(id, value.name())));
			}
			List<List<Keyboard.InlineButton>> rows = new ArrayList<>(Buttons.fitting(buttons, 2).rows());
			if (!ticked.isEmpty()) {
				rows.add(List.of(c.button("needs.done", Buttons.data(id, DONE))));
			}
			return c.reply(id + ".ask", new Keyboard.Inline(rows));
		}, (incoming, draft, c) -> {
			String value = Answers.button(incoming).orElse("");
			if (value.equals(DONE) && !draft.answers().choices(id, type).isEmpty()) {
				return Parsed.ok(Optional.empty());
			}
			for (E e : type.getEnumConstants()) {
				if (e.name().equals(value)) {
					return Parsed.ok(Optional.of(e));
				}
			}
			return Parsed.invalid("invalid.choose-button");
		}, (draft, tapped, c) -> {
			if (tapped.isEmpty()) {
				return draft;
			}
			Set<E> ticked = EnumSet.noneOf(type);
			ticked.addAll(draft.answers().choices(id, type));
			if (!ticked.remove(tapped.get())) {
				ticked.add(tapped.get());
			}
			// still choosing: the same question stays open
			return draft.with(id, ticked).unanswer(id);
		}, when, false);
	}

}
