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
 */
@Document("conversations")
public record ConversationRecord(@Id long chatId, ConversationState state, long lastUpdateId, Instant startedAt,
		Instant updatedAt, long version) {

}
