package org.evac.outbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this instance takes from the outbox and keeps there: the messages due that nobody
 * holds, those other instances handed over to it, and the leases on them. A delivered
 * message whose removal failed (the database was away) is removed as soon as the database
 * is back, and never sent again by this instance meanwhile.
 */
final class OutboxClaims {

	private static final Logger log = LoggerFactory.getLogger(OutboxClaims.class);

	static final int MOST_CLAIMED = 500;

	private final Outbox outbox;

	private final String instanceId;

	private final DeliveryProperties properties;

	private final ChatLanes lanes;

	private final Set<String> deliveredNotRemoved = ConcurrentHashMap.newKeySet();

	OutboxClaims(Outbox outbox, String instanceId, DeliveryProperties properties, ChatLanes lanes) {
		this.outbox = outbox;
		this.instanceId = instanceId;
		this.properties = properties;
		this.lanes = lanes;
	}

	/** Looks at the outbox for what is due, and takes it into the lanes. */
	void claimDue() {
		try {
			removeDelivered();
			this.lanes.add(notDelivered(this.outbox.claimDue(this.instanceId, room())));
			// what other instances handed over, for chats this one is sending to
			this.lanes.add(notDelivered(this.outbox.handedTo(this.instanceId, MOST_CLAIMED)));
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for queued messages: {}", ex.getMessage());
		}
	}

	private List<OutboxMessage> notDelivered(List<OutboxMessage> messages) {
		return messages.stream().filter(m -> !this.deliveredNotRemoved.contains(m.id())).toList();
	}

	/**
	 * How many messages to take from the outbox: what can be sent before the next look or
	 * two, less what is already held. Claiming more would only make the leases of a large
	 * backlog to renew, and keep it from another instance that could send it.
	 */
	int room() {
		long perPoll = Math.max(1, this.properties.maxPerSecond() * this.properties.pollEvery().toMillis() / 1000);
		long room = Math.max(this.properties.maxPerSecond(), 2 * perPoll - this.lanes.held());
		return (int) Math.min(MOST_CLAIMED, room);
	}

	/** Telegram accepted it: out of the outbox, or remembered until it can be. */
	void delivered(String id) {
		try {
			this.outbox.sent(id);
		}
		catch (RuntimeException ex) {
			this.deliveredNotRemoved.add(id);
		}
	}

	private void removeDelivered() {
		for (String id : this.deliveredNotRemoved) {
			try {
				this.outbox.sent(id);
				this.deliveredNotRemoved.remove(id);
			}
			catch (RuntimeException ex) {
				return; // still away
			}
		}
	}

	/** Keeps what this instance holds from being taken over. */
	void renewLeases() {
		try {
			this.outbox.renewLeases(this.instanceId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the outbox leases: {}", ex.getMessage());
		}
	}

	/** Hands back what this instance holds, for another to send (orderly shutdown). */
	void release() {
		try {
			this.outbox.release(this.instanceId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not hand back queued messages at shutdown; they are taken over when the lease ends");
		}
	}

}
