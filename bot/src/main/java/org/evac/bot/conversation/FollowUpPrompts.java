package org.evac.bot.conversation;

import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.outbox.Keyboard;

/**
 * The messages evac sends on its own to follow up: a nudge to finish a request, a
 * check-in on a waiting one. Their buttons come back to the engine, which answers them
 * ({@link FollowUpButtons}); so what the buttons carry is decided here, in one place.
 */
public final class FollowUpPrompts {

	/** {@code resume|<draftId>}: go on with that draft. */
	static final String RESUME = "resume";

	/** {@code checkin|<number>:<answer>}: an answer to a check-in on that request. */
	static final String CHECK_IN = "checkin";

	static final String STILL_NEED = "need";

	static final String LEFT = "left";

	static final String NOT_NOW = "later";

	static final String CANCEL = "cancel";

	static final String CHANGE = "change";

	private final Messages messages;

	public FollowUpPrompts(Messages messages) {
		this.messages = messages;
	}

	/**
	 * Whether the draft in progress corrects a filed request rather than making one: the
	 * request is with volunteers already, so there is nothing to nudge about.
	 */
	public static boolean correctsARequest(ConversationState state) {
		return FollowUpButtons.isAmendment(state);
	}

	/**
	 * The nudge to finish draft {@code draftId}; the {@code last} one says why it
	 * matters.
	 */
	public Reply nudge(Language language, String draftId, boolean last) {
		Context c = new Context(language, this.messages, null);
		String key = last ? "reminder.abandoned-last" : "reminder.abandoned";
		return c.reply(key, Keyboard.Inline.column(c.button("reminder.continue", Buttons.data(RESUME, draftId))));
	}

	/** Whether request {@code number} is still needed, with one button per answer. */
	public Reply checkIn(Language language, String number, boolean deferred) {
		Context c = new Context(language, this.messages, null);
		String data = Buttons.data(CHECK_IN, number + ":");
		return c.reply(deferred ? "checkin.ask-deferred" : "checkin.ask",
				Keyboard.Inline.column(c.button("checkin.still-need", data + STILL_NEED),
						c.button("checkin.left", data + LEFT), c.button("checkin.not-now", data + NOT_NOW),
						c.button("checkin.cancel", data + CANCEL), c.button("checkin.change", data + CHANGE)),
				number);
	}

}
