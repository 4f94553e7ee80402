package org.evac.outbox;

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

}
