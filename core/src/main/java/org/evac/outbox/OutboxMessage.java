package org.evac.outbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message waiting to be sent. It leaves the collection once Telegram has accepted it,
 * so the collection holds only what is still to do.
 *
 * @param id deterministic where the message answers an update, so a redelivered update
 * queues nothing new
 * @param seq order within the chat
 * @param owner the instance sending it, with {@code leaseUntil}: when the lease runs out
 * (the instance died), another instance takes the message over
 */
@Document("outbox")
public record OutboxMessage(@Id String id, long chatId, long seq, OutgoingMessage message, State state, int attempts,
		Instant notBefore, String owner, Instant leaseUntil, Instant createdAt, String lastError) {

	public enum State {

		PENDING, FAILED

	}

}
