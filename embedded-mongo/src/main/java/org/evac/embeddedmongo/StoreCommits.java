package org.evac.embeddedmongo;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * When the store commits: before a write that waits for the disk is acknowledged, and a
 * commit covers every write finished before it began. Writers that come while a commit is
 * under way wait for it and then share the next one, so under load one commit carries the
 * writes of several connections (a group commit, as a database's journal does); a write
 * already carried by a commit that began after it finished is not committed again.
 */
final class StoreCommits {

	private final Runnable commit;

	/** Writes finished, in order; a commit covers those counted before it began. */
	private final AtomicLong finished = new AtomicLong();

	private final Object lock = new Object();

	/** The writes on disk (guarded by {@link #lock}). */
	private long committed;

	private final LongAdder made = new LongAdder();

	StoreCommits(Runnable commit) {
		this.commit = commit;
	}

	/**
	 * A write has finished; returns once it is on disk, unless it does not wait for the
	 * disk ({@code waits} false: it goes with the next commit).
	 */
	void written(boolean waits) {
		long mine = this.finished.incrementAndGet();
		if (waits) {
			commitThrough(mine);
		}
	}

	/** Returns once every write finished so far is on disk. */
	void everythingWritten() {
		commitThrough(this.finished.get());
	}

	private void commitThrough(long write) {
		synchronized (this.lock) {
			if (this.committed >= write) {
				return; // a commit that began after this write carried it
			}
			long through = this.finished.get();
			this.commit.run();
			this.made.increment();
			this.committed = through;
		}
	}

	long made() {
		return this.made.sum();
	}

}
