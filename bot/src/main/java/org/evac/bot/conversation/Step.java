package org.evac.bot.conversation;

import java.util.function.Predicate;

import org.evac.outbox.Keyboard;

/**
 * One question of the questionnaire.
 *
 * @param id stored in the conversation; never change it once released
 * @param prompt how the question is asked, with its buttons
 * @param parser reads an answer, or says why it cannot
 * @param apply puts the answer into the draft (and forgets answers it makes moot)
 * @param when whether the question applies to this draft at all
 * @param replyKeyboard the prompt shows the big reply keyboard (contact, location)
 */
record Step<T>(String id, Prompt prompt, Parser<T> parser, Apply<T> apply, Predicate<Draft> when,
		boolean replyKeyboard) {

	@FunctionalInterface
	interface Prompt {

		Reply ask(Draft draft, Context context);

	}

	@FunctionalInterface
	interface Parser<T> {

		Parsed<T> parse(Incoming incoming, Draft draft, Context context);

	}

	@FunctionalInterface
	interface Apply<T> {

		Draft apply(Draft draft, T value, Context context);

	}

	/** Reads the answer and, if understood, returns the draft with it; null otherwise. */
	Draft answer(Draft draft, T value, Context context) {
		return this.apply.apply(draft.answer(this.id), value, context);
	}

	String buttonData(String value) {
		return Buttons.data(this.id, value);
	}

}
