package org.evac.bot.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.ConversationState;
import org.evac.bot.conversation.Conversations;
import org.evac.bot.conversation.FollowUpPrompts;
import org.evac.bot.conversation.Reply;
import org.evac.outbox.OutgoingMessage;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A resident who stopped in the middle of the questions is nudged to finish: a first time
 * {@code abandonedAfter} after their last answer, a last time {@code abandonedLastAfter}
 * after it. Whoever comes back late (or after downtime) gets only the last one, since a
 * first nudge is not sent once the last is due. The nudges sent are counted on the
 * conversation, so none goes out twice.
 */
@Component
@Conditional(RemindersEnabled.class)
class Nudge implements ReminderKind<ConversationRecord> {

	/** The stored name of the first nudges. */
	static final String FIRST = "NUDGE";

	/** The stored name of the last nudges. */
	static final String LAST = "LAST_NUDGE";

	private final ReminderProperties properties;

	private final Conversations conversations;

	private final FollowUpPrompts prompts;

	Nudge(ReminderProperties properties, Conversations conversations, FollowUpPrompts prompts) {
		this.properties = properties;
		this.conversations = conversations;
		this.prompts = prompts;
	}

	/**
	 * The nudges, in the order they go out; each knows how long after the last answer.
	 */
	private enum Nth {

		FIRST_NUDGE(1, Nudge.FIRST), LAST_NUDGE(2, Nudge.LAST);

		final int number;

		final String kind;

		Nth(int number, String kind) {
			this.number = number;
			this.kind = kind;
		}

		Duration after(ReminderProperties properties) {
			return (this == FIRST_NUDGE) ? properties.abandonedAfter() : properties.abandonedLastAfter();
		}

		boolean last() {
			return this == LAST_NUDGE;
		}

	}

	@Override
	public String name() {
		return FIRST;
	}

	@Override
	public Set<String> names() {
		return Set.of(FIRST, LAST);
	}

	@Override
	public Class<ConversationRecord> subject() {
		return ConversationRecord.class;
	}

	@Override
	public boolean quiet() {
		return true;
	}

	/** The first nudge until the last one is due, then the last; none once both went. */
	@Override
	public Optional<Planned> next(ConversationRecord conversation, Instant now) {
		if (!inProgress(conversation)) {
			return Optional.empty();
		}
		Instant lastAnswer = conversation.updatedAt();
		Nth nth = (conversation.nudgesSent() < 1
				&& now.isBefore(lastAnswer.plus(Nth.LAST_NUDGE.after(this.properties)))) ? Nth.FIRST_NUDGE
						: Nth.LAST_NUDGE;
		if (conversation.nudgesSent() >= nth.number) {
			return Optional.empty();
		}
		String draftId = conversation.state().draftId();
		return Optional.of(new Planned("abandoned:" + conversation.chatId() + ":" + draftId + ":" + nth.number,
				nth.kind, conversation.chatId(), draftId, lastAnswer.plus(nth.after(this.properties))));
	}

	/** The nudge, and once queued, that it went (the conversation counts them). */
	@Override
	public Sending send(Planned planned, ConversationRecord conversation, Instant now) {
		Nth nth = LAST.equals(planned.kind()) ? Nth.LAST_NUDGE : Nth.FIRST_NUDGE;
		ConversationState state = conversation.state();
		Reply nudge = this.prompts.nudge(state.language(), state.draftId(), nth.last());
		return new Sending(
				List.of(OutgoingMessage.send(conversation.chatId(), nudge.text(), nudge.keyboard(), "reminder")),
				() -> this.conversations.nudged(conversation.chatId(), state.draftId(), nth.number, now));
	}

	/** A new request in the middle of its questions (not a correction of one filed). */
	private static boolean inProgress(ConversationRecord conversation) {
		ConversationState state = conversation.state();
		return state != null && !state.isIdle() && state.draftId() != null && !FollowUpPrompts.correctsARequest(state);
	}

}
