package org.evac.telegramfake;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Telegram's update queue as getUpdates sees it: updates wait until a call with a greater
 * {@code offset} confirms them; a call with nothing to return waits (long polling) until
 * an update arrives or its timeout passes; a newer getUpdates call terminates an older
 * one that is still waiting, with 409 Conflict, as when two bot instances poll at once.
 */
final class UpdateQueue {

	/**
	 * Update ids are unique in the whole JVM, so an application context that outlives one
	 * fake (and remembers processed ids) never sees an old id again by accident.
	 */
	private static final AtomicInteger LAST_ID = new AtomicInteger(100_000);

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final TreeMap<Integer, ObjectNode> pending = new TreeMap<>();

	/** Updates to serve once more although already confirmed (see redeliver). */
	private final TreeMap<Integer, ObjectNode> redeliveries = new TreeMap<>();

	private final Map<Integer, ObjectNode> history = new HashMap<>();

	private int confirmedUpTo;

	private int pollGeneration;

	private int conflicts;

	private boolean closed;

	/**
	 * Stores the update, giving it a fresh id unless it already has one.
	 * @return its update_id
	 */
	int add(ObjectNode update) {
		this.lock.lock();
		try {
			int id;
			if (update.hasNonNull("update_id")) {
				id = update.get("update_id").asInt();
				LAST_ID.accumulateAndGet(id, Math::max);
			}
			else {
				id = LAST_ID.incrementAndGet();
				// update_id first, as Telegram writes it: easier to read in logs.
				ObjectNode withId = Json.object().put("update_id", id);
				withId.setAll(update);
				update = withId;
			}
			this.pending.put(id, update);
			this.history.put(id, update);
			this.changed.signalAll();
			return id;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Serves an update again with its original id, even though it was confirmed: what
	 * happens when the bot crashed before its confirmation reached Telegram.
	 */
	void redeliver(int updateId) {
		this.lock.lock();
		try {
			ObjectNode update = this.history.get(updateId);
			if (update == null) {
				throw new IllegalArgumentException("no update " + updateId + " was ever created");
			}
			if (!this.pending.containsKey(updateId)) {
				this.redeliveries.put(updateId, update);
				this.changed.signalAll();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * One getUpdates call.
	 * @return the updates to answer with, or {@code null} if a newer getUpdates call
	 * terminated this one (409 Conflict)
	 */
	ArrayNode poll(Integer offset, int limit, Duration timeout) throws InterruptedException {
		this.lock.lock();
		try {
			if (offset != null) {
				confirm(offset);
			}
			int generation = ++this.pollGeneration;
			this.changed.signalAll();
			long nanos = timeout.toNanos();
			while (!this.closed && this.pending.isEmpty() && this.redeliveries.isEmpty() && nanos > 0) {
				nanos = this.changed.awaitNanos(nanos);
				if (generation != this.pollGeneration) {
					this.conflicts++;
					return null;
				}
			}
			return take(limit);
		}
		finally {
			this.lock.unlock();
		}
	}

	private void confirm(int offset) {
		if (offset > 0) {
			NavigableMap<Integer, ObjectNode> confirmed = this.pending.headMap(offset, false);
			confirmed.clear();
			this.confirmedUpTo = Math.max(this.confirmedUpTo, offset - 1);
		}
		else if (offset < 0) {
			// A negative offset keeps only the last -offset updates; the rest are
			// forgotten.
			while (this.pending.size() > -offset) {
				this.confirmedUpTo = Math.max(this.confirmedUpTo, this.pending.pollFirstEntry().getKey());
			}
		}
		this.changed.signalAll();
	}

	private ArrayNode take(int limit) {
		TreeMap<Integer, ObjectNode> available = new TreeMap<>(this.pending);
		available.putAll(this.redeliveries);
		ArrayNode result = Json.array();
		for (Map.Entry<Integer, ObjectNode> entry : available.entrySet()) {
			if (result.size() >= limit) {
				break;
			}
			result.add(entry.getValue());
			// A redelivery is served once; the bot's offset is already past it.
			this.redeliveries.remove(entry.getKey());
		}
		return result;
	}

	/** The highest update_id getUpdates has confirmed (offset - 1), 0 if none. */
	int confirmedUpTo() {
		this.lock.lock();
		try {
			return this.confirmedUpTo;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Waits until the update is confirmed; {@code false} on timeout. */
	boolean awaitConfirmed(int updateId, Duration timeout) throws InterruptedException {
		this.lock.lock();
		try {
			long nanos = timeout.toNanos();
			while (this.confirmedUpTo < updateId && nanos > 0) {
				nanos = this.changed.awaitNanos(nanos);
			}
			return this.confirmedUpTo >= updateId;
		}
		finally {
			this.lock.unlock();
		}
	}

	int pendingCount() {
		this.lock.lock();
		try {
			return this.pending.size() + this.redeliveries.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	int conflicts() {
		this.lock.lock();
		try {
			return this.conflicts;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Drops unconfirmed updates (between tests); ids keep increasing. */
	void clear() {
		this.lock.lock();
		try {
			this.pending.clear();
			this.redeliveries.clear();
			this.conflicts = 0;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Releases every waiting long poll (they answer with an empty list). */
	void close() {
		this.lock.lock();
		try {
			this.closed = true;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
