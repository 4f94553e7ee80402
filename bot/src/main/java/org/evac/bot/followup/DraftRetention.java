package org.evac.bot.followup;

import java.time.Instant;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.Conversations;
import org.evac.domain.retention.RetentionProperties;

/**
 * Forgets requests left half-filled for longer than {@code evac.retention.draft-after}:
 * the answers of someone who never sent them are not kept. The embedded database has no
 * TTL indexes, so the follow-ups do it when they look at the conversation.
 */
class DraftRetention {

	private final Conversations conversations;

	private final RetentionProperties properties;

	DraftRetention(Conversations conversations, RetentionProperties properties) {
		this.conversations = conversations;
		this.properties = properties;
	}

	/** When the draft of this conversation is forgotten. */
	Instant forgottenAt(ConversationRecord conversation) {
		return conversation.updatedAt().plus(this.properties.draftAfter());
	}

	/**
	 * Forgets the draft if its time has come; false if not, or the resident came back.
	 */
	boolean forgetIfDue(ConversationRecord conversation, Instant now) {
		return !forgottenAt(conversation).isAfter(now) && this.conversations.dropDraft(conversation);
	}

	/**
	 * Forgets every draft whose time has come; for where reminders are off and their tick
	 * does not look. Returns how many were forgotten.
	 */
	int sweep(Instant now) {
		int dropped = 0;
		for (ConversationRecord stale : this.conversations
			.unfinishedUntouchedSince(now.minus(this.properties.draftAfter()))) {
			dropped += this.conversations.dropDraft(stale) ? 1 : 0;
		}
		return dropped;
	}

}
