package org.evac.bot.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.ConversationState;
import org.evac.bot.conversation.Conversations;
import org.evac.bot.conversation.FollowUpPrompts;
import org.evac.bot.conversation.Reply;
import org.evac.outbox.OutgoingMessage;

/**
 * A resident who stopped in the middle of the questions is nudged to finish, at most
 * twice per draft: once after {@code abandonedAfter}, and a last time after
 * {@code abandonedLastAfter}, both counted from their last answer. Whoever comes back
 * late (or after downtime) gets only the last one.
 */
class Nudges {

	private final ReminderProperties properties;

	private final Conversations conversations;

	private final FollowUpPrompts prompts;

	Nudges(ReminderProperties properties, Conversations conversations, FollowUpPrompts prompts) {
		this.properties = properties;
		this.conversations = conversations;
		this.prompts = prompts;
	}

	/** The conversations that may be due: untouched at least {@code abandonedAfter}. */
	List<ConversationRecord> candidates(Instant now) {
		return this.conversations.unfinishedUntouchedSince(now.minus(this.properties.abandonedAfter()));
	}

	Optional<Planned> due(ConversationRecord conversation, Instant now) {
		ConversationState state = conversation.state();
		if (state == null || state.isIdle() || state.draftId() == null || FollowUpPrompts.correctsARequest(state)) {
			return Optional.empty();
		}
		int sent = conversation.nudgesSent();
		Instant last = conversation.updatedAt().plus(this.properties.abandonedLastAfter());
		Instant first = conversation.updatedAt().plus(this.properties.abandonedAfter());
		if (sent < 2 && !now.isBefore(last)) {
			return Optional.of(planned(conversation, 2, last));
		}
		if (sent < 1 && !now.isBefore(first)) {
			return Optional.of(planned(conversation, 1, first));
		}
		return Optional.empty();
	}

	/** The reminder, if the conversation as it is now still calls for it. */
	Optional<Sending> recheck(Reminder reminder, Instant now) {
		return this.conversations.find(reminder.chatId())
			.filter(conversation -> due(conversation, now).map(Planned::key).filter(reminder.id()::equals).isPresent())
			.map(conversation -> send(conversation, reminder.kind() == Reminder.Kind.LAST_NUDGE));
	}

	private Sending send(ConversationRecord conversation, boolean last) {
		ConversationState state = conversation.state();
		Reply nudge = this.prompts.nudge(state.language(), state.draftId(), last);
		return new Sending(
				List.of(OutgoingMessage.send(conversation.chatId(), nudge.text(), nudge.keyboard(), "reminder")),
				() -> this.conversations.nudged(conversation.chatId(), state.draftId(), last ? 2 : 1));
	}

	private static Planned planned(ConversationRecord conversation, int nth, Instant dueAt) {
		String draftId = conversation.state().draftId();
		return new Planned("abandoned:" + conversation.chatId() + ":" + draftId + ":" + nth,
				(nth == 2) ? Reminder.Kind.LAST_NUDGE : Reminder.Kind.NUDGE, conversation.chatId(), draftId, dueAt);
	}

}
