package org.evac.outbox;

import java.util.Collection;
import java.util.List;

/**
 * A sender in this process that wants new messages handed over at once, rather than found
 * by its next look at the collection.
 */
public interface OutboxListener {

	/** Who sends: messages queued while this listener exists are leased to it. */
	String instanceId();

	/**
	 * Messages to send, oldest first. A message may be told again (with the newer ones of
	 * its chat, so that they keep their order): a listener ignores ids it holds already.
	 */
	void queued(List<OutboxMessage> messages);

	/**
	 * Messages about to be written as writes of a batch that is not durable yet
	 * ({@link GroupCommit}): a look at the collection may find them before their batch
	 * is, and must not take them in (nor may {@link #queued}) until {@link #committed}
	 * lets them go. Told before they are written, so that no look finds them first.
	 */
	default void uncommitted(Collection<String> ids) {
	}

	/**
	 * The batch of these messages is durable (or, when its commit failed, a later commit
	 * covers what the database kept of it): they may be taken in and sent.
	 */
	default void committed(Collection<String> ids) {
	}

}
