package org.evac.bot.followup;

import java.time.Instant;
import java.util.Optional;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.Conversations;
import org.evac.bot.conversation.FollowUpPrompts;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The last nudge to finish a request, after {@code abandonedLastAfter} since the
 * resident's last answer.
 */
@Component
@Conditional(RemindersEnabled.class)
class LastNudge implements ReminderKind<ConversationRecord> {

	static final String NAME = "LAST_NUDGE";

	private final ReminderProperties properties;

	private final Drafts drafts;

	LastNudge(ReminderProperties properties, Conversations conversations, FollowUpPrompts prompts) {
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
		if (!Drafts.inProgress(conversation) || conversation.nudgesSent() >= 2) {
			return Optional.empty();
		}
		return Optional.of(Drafts.planned(conversation, NAME, 2,
				conversation.updatedAt().plus(this.properties.abandonedLastAfter())));
	}

	@Override
	public Sending send(Planned planned, ConversationRecord conversation, Instant now) {
		return this.drafts.nudge(conversation, 2, true, now);
	}

}
