package org.evac.bot.conversation;

import java.util.List;

/**
 * What the engine decided for one turn.
 *
 * @param state the conversation afterwards
 * @param replies what to send, in order
 * @param buttonNotice a short notice for the tapped button (Telegram shows it as a
 * toast), or null
 * @param forget erase the conversation itself (the resident asked to delete their data)
 */
public record Outcome(ConversationState state, List<Reply> replies, String buttonNotice, boolean forget) {

	static Outcome of(ConversationState state, List<Reply> replies) {
		return new Outcome(state, List.copyOf(replies), null, false);
	}

	Outcome withButtonNotice(String notice) {
		return new Outcome(this.state, this.replies, notice, this.forget);
	}

}
