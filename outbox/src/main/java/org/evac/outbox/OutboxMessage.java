package org.evac.outbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message waiting to be sent. It leaves the collection once Telegram has accepted it,
 * so the collection holds only what is still to do.
 *
 * <p>
 * Indexed for what is asked of it: what is due ({@code state, notBefore}), what a chat
 * has queued ({@code chatId}: every reply looks), what an instance holds ({@code owner}).
 *
 * @param id deterministic where the message answers an update, so a redelivered update
 * queues nothing new
 * @param seq order within the chat
 * @param owner the instance sending it, with {@code leaseUntil}: when the lease runs out
 * (the instance died), another instance takes the message over
 */
@Document("outbox")
@CompoundIndex(name = "due", def = "{'state': 1, 'notBefore': 1}")
public record OutboxMessage(@Id String id, @Indexed long chatId, long seq, OutgoingMessage message, State state,
		int attempts, Instant notBefore, @Indexed String owner, Instant leaseUntil, Instant createdAt,
		String lastError) {

	public enum State {

		PENDING, FAILED

	}

}
