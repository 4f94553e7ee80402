package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.TimeMeter;

/**
 * The messages this instance holds in memory, one lane per chat, and the queue of lanes
 * ready to be served. A lane enters the queue only when it wakes up, and afterwards only
 * the sender that served it puts it back: so it is never in the queue twice, no two
 * senders ever serve one chat, and chats are served in turn within their priority lane
 * ({@link PriorityLanes}).
 */
final class ChatLanes {

	/**
	 * A look at the outbox that read a message before it was removed is over by then.
	 */
	private static final Duration FORGET_FINISHED_AFTER = Duration.ofMinutes(1);

	private final DeliveryProperties properties;

	private final Clock clock;

	/** What the chats' own rate limits are measured with. */
	private final TimeMeter time;

	private final Map<Long, ChatLane> lanes = new ConcurrentHashMap<>();

	private final PriorityLanes ready = new PriorityLanes();

	/**
	 * The messages held in memory, so a look at the collection does not add them twice,
	 * and those finished lately (sent, refused), so a look at the outbox that read one
	 * just before it was removed does not bring it back.
	 */
	private final TakenMessages taken = new TakenMessages();

	/**
	 * The messages of batches not durable yet ({@link GroupCommit}): neither a look at
	 * the outbox nor a hand-over takes them in until their batch is.
	 */
	private final Set<String> uncommitted = ConcurrentHashMap.newKeySet();

	ChatLanes(DeliveryProperties properties, Clock clock) {
		this(properties, clock, TimeMeter.SYSTEM_MILLISECONDS);
	}

	ChatLanes(DeliveryProperties properties, Clock clock, TimeMeter time) {
		this.properties = properties;
		this.clock = clock;
		this.time = time;
	}

	/**
	 * Takes in messages to send; those held already, finished lately or of a batch not
	 * durable yet are skipped.
	 */
	void add(List<OutboxMessage> messages) {
		Instant soon = this.clock.instant().plusSeconds(1);
		for (OutboxMessage message : messages) {
			if (message.notBefore().isAfter(soon)) {
				continue; // a later message (a reminder) is found by the poll when due
			}
			if (this.uncommitted.contains(message.id())) {
				// held back before it was written, so whoever found it sees that; once
				// let go it is durable, and whoever takes it in then may
				continue;
			}
			if (this.taken.takeIn(message.id())) {
				addToLane(message);
			}
		}
	}

	/**
	 * Atomically per chat, so that a lane being forgotten meanwhile never swallows the
	 * message, and a chat never has two lanes.
	 */
	private void addToLane(OutboxMessage message) {
		this.lanes.compute(message.chatId(), (chatId, existing) -> {
			ChatLane lane = (existing != null) ? existing : new ChatLane(chatId, this.properties, this.time);
			if (lane.add(message)) {
				this.ready.add(lane);
			}
			else {
				this.ready.reconsider(lane);
			}
			return lane;
		});
	}

	/**
	 * The next lane to serve, waiting at most {@code timeout}; null when none is ready.
	 */
	ChatLane next(Duration timeout) throws InterruptedException {
		return this.ready.poll(timeout);
	}

	/**
	 * Puts a lane back in turn, under its most urgent message's lane; only the sender
	 * that took it may. A lane with nothing left falls asleep instead (atomically: a
	 * message arriving just after wakes it).
	 */
	void putBack(ChatLane lane) {
		if (lane.head() == null) {
			return;
		}
		this.ready.add(lane);
	}

	/** The message was sent or refused for good: it leaves its lane for good. */
	void finished(ChatLane lane, OutboxMessage message) {
		this.taken.finished(message.id(), this.clock.instant());
		lane.remove(message);
	}

	/**
	 * Messages about to be written by a batch not durable yet: not to be taken in until
	 * {@link #letGo}.
	 */
	void holdBack(Collection<String> ids) {
		this.uncommitted.addAll(ids);
	}

	/** Their batch is durable: they may be taken in. */
	void letGo(Collection<String> ids) {
		this.uncommitted.removeAll(ids);
	}

	/** Drops everything a chat has queued, and lets its lane fall asleep. */
	void drop(ChatLane lane) {
		lane.drain().forEach(m -> this.taken.release(m.id()));
		lane.head();
	}

	/** Forgets idle lanes, and messages finished long enough ago not to come back. */
	void forgetIdle() {
		Instant longAgo = this.clock.instant().minus(FORGET_FINISHED_AFTER);
		this.taken.forgetFinishedBefore(longAgo);
		this.lanes.keySet().forEach(id -> this.lanes.computeIfPresent(id, (k, lane) -> lane.isIdle() ? null : lane));
	}

	/** Messages held in memory, waiting or being sent. */
	int held() {
		return this.taken.held();
	}

	/** Chats that have a lane. */
	int lanes() {
		return this.lanes.size();
	}

}
