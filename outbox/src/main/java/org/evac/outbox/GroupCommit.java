package org.evac.outbox;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.WriteConcern;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes made durable together, once for a batch of Telegram updates, instead of each on
 * its own: what a turn writes ({@link Batch#writes()}) does not wait for the disk, and
 * {@link Batch#commit()} returns once all of it is there; only then do the batch's
 * replies go to the sender ({@link Batch#afterCommit}), so no reply leaves before the
 * conversation that sent it is stored, and a batch cut short by a {@code kill -9} comes
 * again from Telegram whole.
 *
 * <p>
 * Where a write is acknowledged by one node (the embedded server), the batch's writes say
 * {@code j: false} and the commit is one write that waits for the journal (the embedded
 * server commits its store for it, covering every write before). Where every write waits
 * for a majority (a replica set), the batch's writes do so too and the commit has nothing
 * to do.
 */
public class GroupCommit implements ApplicationContextAware {

	/** Where a batch's commit writes its one journaled mark. */
	static final String MARKS = "commitMarks";

	private final MongoTemplate durable;

	/** The batch's writes; the durable template when nothing is deferred. */
	private final MongoTemplate deferred;

	/**
	 * What batches whose commit failed left waiting for their writes to be durable: the
	 * next commit that succeeds covers whatever of them the database kept.
	 */
	private final List<Runnable> leftByFailedCommits = new ArrayList<>();

	public GroupCommit(MongoTemplate mongo) {
		this.durable = mongo;
		WriteConcern given = mongo.getDb().getWriteConcern();
		if (acknowledgedByOneNode(given)) {
			this.deferred = new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter());
			this.deferred.setWriteConcern(given.withJournal(false));
		}
		else {
			this.deferred = mongo;
		}
	}

	/**
	 * A template made after the application's takes the mapping context's events for
	 * itself; this gives them back to the application, as its own template has them.
	 */
	@Override
	public void setApplicationContext(ApplicationContext context) {
		if (this.deferred != this.durable) {
			this.deferred.setApplicationContext(context);
		}
	}

	private static boolean acknowledgedByOneNode(WriteConcern concern) {
		Object w = concern.getWObject();
		return (w == null || Integer.valueOf(1).equals(w)) && !Boolean.TRUE.equals(concern.getJournal());
	}

	public Batch begin() {
		return new Batch();
	}

	/** One batch's writes and what waits for them to be durable. */
	public final class Batch {

		private final List<Runnable> afterCommit = new ArrayList<>();

		private final List<Runnable> onceDurable = new ArrayList<>();

		private Batch() {
		}

		/** The template for the batch's writes. */
		public MongoTemplate writes() {
			return GroupCommit.this.deferred;
		}

		/** Runs {@code then} once the batch's writes are durable. */
		public synchronized void afterCommit(Runnable then) {
			this.afterCommit.add(then);
		}

		/**
		 * Runs {@code then} once the batch's writes are durable: after its commit, or,
		 * when that fails, after the next commit of any batch that succeeds (its
		 * journaled write covers whatever the database kept of this one). Runs before
		 * what waits for {@link #afterCommit}.
		 */
		public synchronized void onceDurable(Runnable then) {
			this.onceDurable.add(then);
		}

		/**
		 * Makes every write of the batch durable, then runs what waited for that; throws
		 * (and runs only what {@link #onceDurable} left to the next commit) when the
		 * database could not.
		 */
		public void commit() {
			List<Runnable> durable;
			List<Runnable> waiting;
			synchronized (this) {
				durable = List.copyOf(this.onceDurable);
				waiting = List.copyOf(this.afterCommit);
				this.onceDurable.clear();
				this.afterCommit.clear();
			}
			try {
				writeMark();
			}
			catch (RuntimeException ex) {
				synchronized (GroupCommit.this.leftByFailedCommits) {
					GroupCommit.this.leftByFailedCommits.addAll(durable);
				}
				throw ex;
			}
			List<Runnable> left;
			synchronized (GroupCommit.this.leftByFailedCommits) {
				left = List.copyOf(GroupCommit.this.leftByFailedCommits);
				GroupCommit.this.leftByFailedCommits.clear();
			}
			left.forEach(Runnable::run);
			durable.forEach(Runnable::run);
			waiting.forEach(Runnable::run);
		}

		private void writeMark() {
			if (GroupCommit.this.deferred != GroupCommit.this.durable) {
				// one write that waits for the journal, which holds every write before
				// it:
				// unlike an fsync command, it needs no admin's rights on a real MongoDB
				// and
				// flushes no data files; the embedded server commits its store for it
				GroupCommit.this.durable.getDb()
					.getCollection(MARKS)
					.withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(true))
					.updateOne(Filters.eq("_id", "batches"), Updates.inc("committed", 1L),
							new UpdateOptions().upsert(true));
			}
		}

	}

}
