package org.evac.bot.followup;

import java.time.Instant;
import java.util.List;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.ConversationState;
import org.evac.bot.conversation.Conversations;
import org.evac.bot.conversation.FollowUpPrompts;
import org.evac.bot.conversation.Reply;
import org.evac.outbox.OutgoingMessage;

/**
 * What the two nudges to finish a request share: which drafts they are about, their keys,
 * and the message. At most two per draft, both counted from the resident's last answer.
 */
final class Drafts {

	private final Conversations conversations;

	private final FollowUpPrompts prompts;

	Drafts(Conversations conversations, FollowUpPrompts prompts) {
		this.conversations = conversations;
		this.prompts = prompts;
	}

	/** A new request in the middle of its questions (not a correction of one filed). */
	static boolean inProgress(ConversationRecord conversation) {
		ConversationState state = conversation.state();
		return state != null && !state.isIdle() && state.draftId() != null && !FollowUpPrompts.correctsARequest(state);
	}

	static Planned planned(ConversationRecord conversation, String kind, int nth, Instant dueAt) {
		String draftId = conversation.state().draftId();
		return new Planned("abandoned:" + conversation.chatId() + ":" + draftId + ":" + nth, kind,
				conversation.chatId(), draftId, dueAt);
	}

	Sending nudge(ConversationRecord conversation, int nth, boolean last, Instant now) {
		ConversationState state = conversation.state();
		Reply nudge = this.prompts.nudge(state.language(), state.draftId(), last);
		return new Sending(
				List.of(OutgoingMessage.send(conversation.chatId(), nudge.text(), nudge.keyboard(), "reminder")),
				() -> this.conversations.nudged(conversation.chatId(), state.draftId(), nth, now));
	}

}
