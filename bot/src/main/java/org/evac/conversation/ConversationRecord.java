package org.evac.conversation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A conversation as stored: one document per chat, so every turn is one atomic write.
 *
 * @param lastUpdateId the last Telegram update applied; an update at or below it is a
 * redelivery and has no effect
 * @param version raised by every write, so two instances never both apply a turn
 * @param nudges the reminders to finish a draft sent so far, or null; written by the
 * reminders beside the turns, never raising the version
 */
@Document("conversations")
public record ConversationRecord(@Id long chatId, ConversationState state, long lastUpdateId, Instant startedAt,
		Instant updatedAt, long version, Nudges nudges) {

	/** The reminders to finish the draft in progress sent so far. */
	public int nudgesSent() {
		return (this.nudges != null && this.state != null && this.nudges.draftId().equals(this.state.draftId()))
				? this.nudges.sent() : 0;
	}

	/**
	 * @param draftId the draft they were sent for
	 * @param sent how many
	 */
	public record Nudges(String draftId, int sent) {
	}

}
