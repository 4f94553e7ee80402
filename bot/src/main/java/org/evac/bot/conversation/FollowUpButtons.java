package org.evac.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evac.domain.request.RequestDetails;
import org.evac.outbox.Keyboard;

/**
 * Taps on the buttons of the messages evac sent on its own ({@link FollowUpPrompts}).
 * They may come at any point of the conversation, days later: an answer about a request
 * is taken as long as the request is the resident's and open; "continue" only for the
 * draft it was sent for, else it is stale and the current question comes again.
 */
final class FollowUpButtons {

	/**
	 * Draft ids of corrections start so: {@code amend:EV-1001:<update>}; confirming one
	 * changes that request instead of filing a new one.
	 */
	private static final String AMEND = "amend:";

	private final ResidentDesk desk;

	private final Prompter prompter;

	private final Commands commands;

	private final Questionnaire questionnaire;

	FollowUpButtons(ResidentDesk desk, Prompter prompter, Commands commands, Questionnaire questionnaire) {
		this.desk = desk;
		this.prompter = prompter;
		this.commands = commands;
		this.questionnaire = questionnaire;
	}

	boolean owns(String owner) {
		return FollowUpPrompts.RESUME.equals(owner) || FollowUpPrompts.CHECK_IN.equals(owner);
	}

	Outcome press(ConversationState state, Buttons.Press press, Turn turn, Context c) {
		if (FollowUpPrompts.RESUME.equals(press.owner())) {
			return resume(state, press.value(), c);
		}
		int colon = press.value().lastIndexOf(':');
		if (colon <= 0) {
			return this.commands.stale(state, c);
		}
		String number = press.value().substring(0, colon);
		return switch (press.value().substring(colon + 1)) {
			case FollowUpPrompts.STILL_NEED ->
				answer(state, number, ResidentDesk.CheckInAnswer.STILL_NEED, "checkin.noted", turn, c);
			case FollowUpPrompts.LEFT ->
				answer(state, number, ResidentDesk.CheckInAnswer.LEFT, "checkin.left-done", turn, c);
			case FollowUpPrompts.NOT_NOW ->
				answer(state, number, ResidentDesk.CheckInAnswer.NOT_NOW, "checkin.deferred", turn, c);
			case FollowUpPrompts.CANCEL -> cancel(state, number, turn, c);
			case FollowUpPrompts.CHANGE -> change(state, number, turn, c);
			default -> this.commands.stale(state, c);
		};
	}

	private Outcome resume(ConversationState state, String draftId, Context c) {
		if (state.isIdle() || !draftId.equals(state.draftId())) {
			return this.commands.stale(state, c);
		}
		ConversationState resumed = state.asking(null);
		return Outcome.of(resumed,
				List.of(this.prompter.reask(resumed, c).prefixedWith("start.resume", c.text("start.resume"))));
	}

	private Outcome answer(ConversationState state, String number, ResidentDesk.CheckInAnswer answer, String doneKey,
			Turn turn, Context c) {
		boolean taken = this.desk.answerCheckIn(turn.chatId(), number, answer).isPresent();
		return thenTheQuestion(state, c.reply(taken ? doneKey : "cancel.not-open", Keyboard.NONE, number), c);
	}

	/** Withdrawing is asked once more, as with /cancel: it cannot be undone. */
	private Outcome cancel(ConversationState state, String number, Turn turn, Context c) {
		if (!isOpenRequestOf(turn.chatId(), number)) {
			return thenTheQuestion(state, c.reply("cancel.not-open", Keyboard.NONE, number), c);
		}
		return this.commands.askToCancel(state, List.of(number), c);
	}

	/** The summary of the request, every answer changeable; confirming updates it. */
	private Outcome change(ConversationState state, String number, Turn turn, Context c) {
		if (!state.isIdle()) {
			return thenTheQuestion(state, c.reply("checkin.finish-first", Keyboard.NONE, number), c);
		}
		Optional<RequestDetails> details = this.desk.detailsToChange(turn.chatId(), number);
		if (details.isEmpty()) {
			return Outcome.of(state, List.of(c.reply("cancel.not-open", Keyboard.NONE, number)));
		}
		this.desk.answerCheckIn(turn.chatId(), number, ResidentDesk.CheckInAnswer.CHANGING);
		Draft draft = Draft.of(details.get(), this.questionnaire.ids());
		ConversationState amending = new ConversationState(state.language(), Questionnaire.SUMMARY, draft,
				AMEND + number + ":" + turn.updateId(), null);
		return Outcome.of(amending, List
			.of(Summary.ask(draft, c).prefixedWith("checkin.change-intro", c.text("checkin.change-intro", number))));
	}

	static boolean isAmendment(ConversationState state) {
		return state.draftId() != null && state.draftId().startsWith(AMEND);
	}

	/** The request a correction is for. */
	static String amendedNumber(ConversationState state) {
		String rest = state.draftId().substring(AMEND.length());
		return rest.substring(0, Math.max(0, rest.lastIndexOf(':')));
	}

	/** The confirmed summary of a correction: the request it came from is updated. */
	Outcome amend(ConversationState state, Turn turn, Context c) {
		String number = amendedNumber(state);
		boolean amended = this.desk.amend(turn.chatId(), number, state.draft().toDetails());
		Reply reply = amended ? new Reply("amend.done",
				c.text("amend.done", number) + "\n\n" + c.text("filed.commands"), Keyboard.REMOVE)
				: c.reply("cancel.not-open", Keyboard.REMOVE, number);
		return Outcome.of(state.idle(), List.of(reply));
	}

	private boolean isOpenRequestOf(long chatId, String number) {
		return this.desk.requestsOf(chatId).stream().anyMatch(r -> r.number().equals(number) && r.isOpen());
	}

	/** The answer, then (in the middle of a draft) the question the resident was at. */
	private Outcome thenTheQuestion(ConversationState state, Reply reply, Context c) {
		List<Reply> replies = new ArrayList<>();
		replies.add(reply);
		if (!state.isIdle()) {
			replies.add(this.prompter.reask(state, c).prefixedWith("status.continue", c.text("status.continue")));
		}
		return Outcome.of(state, replies);
	}

}
