package org.evac.bench.standin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;

/**
 * Updates waiting for the bot, as Telegram keeps them: numbered in order, handed out by
 * {@code getUpdates} until a later call's offset confirms them, and a poll with nothing
 * to hand out waits (long polling) until something arrives or its timeout ends.
 */
public final class UpdateQueue {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition arrived = this.lock.newCondition();

	private final Deque<Entry> pending = new ArrayDeque<>();

	private int nextId = 1;

	private boolean closed;

	record Entry(int id, String json) {
	}

	/**
	 * Adds an update; {@code json} makes its JSON from the id it gets.
	 * @return the update's id
	 */
	public int offer(IntFunction<String> json) {
		this.lock.lock();
		try {
			int id = this.nextId++;
			this.pending.addLast(new Entry(id, json.apply(id)));
			this.arrived.signalAll();
			return id;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * What {@code getUpdates} answers: updates from {@code offset} on (all unconfirmed
	 * ones when null), at most {@code limit}, waiting up to {@code timeoutMillis} for the
	 * first.
	 */
	List<String> poll(Integer offset, int limit, long timeoutMillis) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		this.lock.lock();
		try {
			while (true) {
				if (offset != null) {
					while (!this.pending.isEmpty() && this.pending.peekFirst().id() < offset) {
						this.pending.pollFirst(); // confirmed: Telegram forgets it
					}
				}
				if (!this.pending.isEmpty() || this.closed) {
					List<String> batch = new ArrayList<>(Math.min(limit, this.pending.size()));
					for (Entry entry : this.pending) {
						if (batch.size() == limit) {
							break;
						}
						batch.add(entry.json());
					}
					return batch;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return List.of();
				}
				this.arrived.awaitNanos(left);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Updates offered and not confirmed yet. */
	public int unconfirmed() {
		this.lock.lock();
		try {
			return this.pending.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Ends every waiting poll at once (the stand-in is closing). */
	void close() {
		this.lock.lock();
		try {
			this.closed = true;
			this.arrived.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
