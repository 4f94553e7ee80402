package org.evac.bot.followup;

import java.time.Instant;
import java.util.Optional;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.Conversations;
import org.evac.bot.conversation.FollowUpPrompts;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A resident who stopped in the middle of the questions is nudged to finish, once after
 * {@code abandonedAfter} since their last answer. Whoever comes back late (or after
 * downtime) gets only the {@link LastNudge last} one.
 */
@Component
@Conditional(RemindersEnabled.class)
class FirstNudge implements ReminderKind<ConversationRecord> {

	static final String NAME = "NUDGE";

	private final ReminderProperties properties;

	private final Drafts drafts;

	FirstNudge(ReminderProperties properties, Conversations conversations, FollowUpPrompts prompts) {
		this.properties = properties;
		this.drafts = new Drafts(conversations, prompts);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<ConversationRecord> subject() {
		return ConversationRecord.class;
	}

	@Override
	public boolean quiet() {
		return true;
	}

	@Override
	public Optional<Planned> next(ConversationRecord conversation, Instant now) {
		if (!Drafts.inProgress(conversation) || conversation.nudgesSent() >= 1
				|| !now.isBefore(conversation.updatedAt().plus(this.properties.abandonedLastAfter()))) {
			return Optional.empty();
		}
		return Optional
			.of(Drafts.planned(conversation, NAME, 1, conversation.updatedAt().plus(this.properties.abandonedAfter())));
	}

	@Override
	public Sending send(Planned planned, ConversationRecord conversation, Instant now) {
		return this.drafts.nudge(conversation, 1, false, now);
	}

}
