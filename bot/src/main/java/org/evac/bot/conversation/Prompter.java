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
			.map(Prompter::clearingReplyKeyboard)
			.orElseGet(() -> prompt(this.questionnaire.next(draft), draft, c));
	}

	/**
	 * A question without buttons takes away any big reply keyboard still shown (one typed
	 * past instead of used), so the question itself clears it.
	 */
	private static Reply clearingReplyKeyboard(Reply reply) {
		return (reply.keyboard() instanceof Keyboard.None)
				? new Reply(reply.key(), reply.text(), Keyboard.REMOVE, reply.editMessageId()) : reply;
	}

}
