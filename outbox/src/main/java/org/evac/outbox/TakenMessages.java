package org.evac.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ids of the messages this instance has taken into memory (waiting or being sent) and
 * of those it finished lately, in one map. Every look at the outbox offers again what
 * this instance holds (it owns them), and a look may have read a message just before its
 * sender finished it: taking a message in is therefore one atomic step that sees both
 * whether it is held and whether it was finished. (Two separate checks let a look see
 * "not finished", then the sender finish it and let go of it, then the look see "not
 * held" and take it in again: it was sent twice.)
 */
final class TakenMessages {

	/** The mark of a message held, not finished; never before any time. */
	private static final Instant HELD = Instant.MAX;

	/** Each id taken in: {@link #HELD}, or when it was finished. */
	private final Map<String, Instant> marks = new ConcurrentHashMap<>();

	private final AtomicInteger held = new AtomicInteger();

	/**
	 * Takes a message in; false when it is held already or was finished lately (nothing
	 * changes then).
	 */
	boolean takeIn(String id) {
		if (this.marks.putIfAbsent(id, HELD) != null) {
			return false;
		}
		this.held.incrementAndGet();
		return true;
	}

	/**
	 * The message was sent or refused for good: in the same step it is no longer held and
	 * not to be taken in again.
	 */
	void finished(String id, Instant at) {
		if (HELD.equals(this.marks.put(id, at))) {
			this.held.decrementAndGet();
		}
	}

	/** The message is let go unfinished (its chat was dropped): it may come again. */
	void release(String id) {
		if (this.marks.remove(id, HELD)) {
			this.held.decrementAndGet();
		}
	}

	/** Forgets the messages finished before {@code longAgo}; held ones stay. */
	void forgetFinishedBefore(Instant longAgo) {
		this.marks.values().removeIf(at -> at.isBefore(longAgo));
	}

	/** Messages held, waiting or being sent. */
	int held() {
		return this.held.get();
	}

}
