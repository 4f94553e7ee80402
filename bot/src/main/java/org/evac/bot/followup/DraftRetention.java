package org.evac.bot.followup;

import java.time.Instant;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.Conversations;

/**
 * Forgets requests left half-filled for longer than {@code evac.retention.draft-after}:
 * the answers of someone who never sent them are not kept. The embedded database has no
 * TTL indexes, so this is an explicit sweep.
 */
class DraftRetention {

	private final Conversations conversations;

	private final RetentionProperties properties;

	DraftRetention(Conversations conversations, RetentionProperties properties) {
		this.conversations = conversations;
		this.properties = properties;
	}

	/** Returns how many drafts were forgotten. */
	int sweep(Instant now) {
		int dropped = 0;
		for (ConversationRecord stale : this.conversations
			.unfinishedUntouchedSince(now.minus(this.properties.draftAfter()))) {
			dropped += this.conversations.dropDraft(stale) ? 1 : 0;
		}
		return dropped;
	}

}
