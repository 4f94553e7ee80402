package org.evac.bot.conversation;

import org.evac.outbox.Keyboard;

/** Asks the question a conversation is at, whichever it is. */
final class Prompter {

	private final Questionnaire questionnaire;

	Prompter(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
	}

	/** The current question again (or, when idle, what the resident can do). */
	Reply reask(ConversationState state, Context c) {
		if (state.isIdle()) {
			return c.reply("idle.hint", Keyboard.REMOVE);
		}
		return prompt(state.step(), state.draft(), c);
	}

	Reply prompt(String stepId, Draft draft, Context c) {
		if (Questionnaire.SUMMARY.equals(stepId)) {
			return Summary.ask(draft, c);
		}
		return this.questionnaire.step(stepId)
			.map(step -> step.prompt().ask(draft, c))
			.orElseGet(() -> prompt(this.questionnaire.next(draft), draft, c));
	}

	boolean showsReplyKeyboard(String stepId) {
		return this.questionnaire.step(stepId).map(Step::replyKeyboard).orElse(false);
	}

}
