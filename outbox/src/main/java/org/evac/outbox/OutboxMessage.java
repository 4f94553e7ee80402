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
 * @param lane how urgent it is ({@link Lane#of}); a document stored before lanes existed
 * has none, and gets the lane it would have been given, from its id (the key it was
 * queued under) and message: so an old reminder stays a reminder and an old reply a
 * reply, without migrating anything
 */
@Document("outbox")
@CompoundIndex(name = "due", def = "{'state': 1, 'notBefore': 1}")
public record OutboxMessage(@Id String id, @Indexed long chatId, long seq, OutgoingMessage message, State state,
		int attempts, Instant notBefore, @Indexed String owner, Instant leaseUntil, Instant createdAt, String lastError,
		Lane lane) {

	public OutboxMessage {
		if (lane == null) {
			lane = (id == null || message == null) ? Lane.RESIDENT : Lane.of(id, message);
		}
	}

	public enum State {

		PENDING, FAILED

	}

}
