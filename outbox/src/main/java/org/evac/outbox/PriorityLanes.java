package org.evac.outbox;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The chats ready to be served, by {@link Lane}: each sender that comes free takes a chat
 * from the most urgent lane with work, in turn within the lane, except that a lower lane
 * with work is owed one pick in {@value #SHARE} and gets it when due: so a wave of
 * check-ins never keeps a resident waiting, and residents never stop the check-ins.
 *
 * <p>
 * A chat is filed under the most urgent of the messages it holds (its messages still go
 * in their order: a check-in queued before a reply goes first, at the reply's priority),
 * and moves up when a more urgent message arrives while it waits. Picks are counted, not
 * sends: a pick that finds the chat's own limit spent sends nothing, which only chats
 * messaged several times a second (and groups) ever do. Senders already waiting for the
 * bot's overall limit hold their chats: at the limit, a reply waits behind at most as
 * many sends as there are senders.
 */
final class PriorityLanes {

	/** A lower lane with work gets at least one pick in this many. */
	static final int SHARE = 5;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition notEmpty = this.lock.newCondition();

	private final Map<Lane, LinkedHashSet<ChatLane>> ready = new EnumMap<>(Lane.class);

	/**
	 * Picks each lane below the first is owed, in {@value #SHARE}ths of a pick: one more
	 * with every pick while it has work, none kept while it has none.
	 */
	private final Map<Lane, Integer> owed = new EnumMap<>(Lane.class);

	private int size;

	PriorityLanes() {
		for (Lane lane : Lane.values()) {
			this.ready.put(lane, new LinkedHashSet<>());
			this.owed.put(lane, 0);
		}
	}

	/** Files a chat ready to be served under its most urgent message's lane. */
	void add(ChatLane chat) {
		this.lock.lock();
		try {
			Lane lane = chat.lane();
			if (this.ready.get(lane).add(chat)) {
				this.size++;
			}
			this.notEmpty.signal();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * A more urgent message arrived for a chat: if it waits in a lower lane, it moves up.
	 * (A chat being served is filed again when it is put back.) A chat's lane is read
	 * under the lock here and in {@link #add}, so a message arriving while the chat is
	 * put back is never missed by both.
	 */
	void reconsider(ChatLane chat) {
		this.lock.lock();
		try {
			Lane lane = chat.lane();
			for (Lane lower : Lane.values()) {
				if (lower.compareTo(lane) > 0 && this.ready.get(lower).remove(chat)) {
					this.ready.get(lane).add(chat);
					return;
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The next chat to serve, waiting at most {@code timeout}; null when none is ready.
	 */
	ChatLane poll(Duration timeout) throws InterruptedException {
		long nanos = timeout.toNanos();
		this.lock.lockInterruptibly();
		try {
			while (this.size == 0) {
				if (nanos <= 0) {
					return null;
				}
				nanos = this.notEmpty.awaitNanos(nanos);
			}
			return take(pick());
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The lane to take from: a lower lane whose share is due, or else the most urgent
	 * with work. Only called with something ready.
	 */
	private Lane pick() {
		Lane first = null;
		Lane due = null;
		for (Lane lane : Lane.values()) {
			boolean work = !this.ready.get(lane).isEmpty();
			if (work && first == null) {
				first = lane;
			}
			if (lane == Lane.RESIDENT) {
				continue;
			}
			int owed = work ? this.owed.get(lane) + 1 : 0;
			this.owed.put(lane, owed);
			if (due == null && owed >= SHARE) {
				due = lane;
			}
		}
		Lane chosen = (due != null) ? due : first;
		if (chosen != Lane.RESIDENT) {
			this.owed.put(chosen, Math.max(0, this.owed.get(chosen) - SHARE));
		}
		return chosen;
	}

	private ChatLane take(Lane lane) {
		Iterator<ChatLane> inTurn = this.ready.get(lane).iterator();
		ChatLane chat = inTurn.next();
		inTurn.remove();
		this.size--;
		return chat;
	}

	/** Chats ready to be served. */
	int size() {
		this.lock.lock();
		try {
			return this.size;
		}
		finally {
			this.lock.unlock();
		}
	}

}
