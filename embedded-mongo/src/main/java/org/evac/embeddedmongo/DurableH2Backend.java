package org.evac.embeddedmongo;

import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend, committed to disk before a write is acknowledged, with collections that
 * find documents by {@code _id} first ({@link IdServedQueries}).
 *
 * <p>
 * H2's store commits on its own only about once a second, so a write the driver saw
 * acknowledged could vanish with a {@code kill -9}. Evac confirms Telegram updates only
 * after their effects are stored, so an acknowledged write must be on disk.
 *
 * <p>
 * As MongoDB's journal does, a write whose write concern says {@code j: false} is
 * acknowledged without waiting for the disk ({@link StoreCommits}): it is committed with
 * the next write that waits, or by an {@code fsync} command, which commits everything
 * written before it. A commit writes every page changed since the last one, so a batch of
 * writes committed once costs much less than each committed alone.
 */
class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
			"createindexes", "dropindexes", "drop", "create", "renamecollection");

	/**
	 * Pages of about 4 KB (H2's default for a file is 16 KB): a document read or written
	 * that the cache does not hold reads its whole page, and evac reads requests one by
	 * one in no order of the file (a queue page, a raise of stale requests), so a page of
	 * one or two documents decodes a tenth of what a page of ten does. Measured with
	 * 100,000 requests: the first queue page 9 -> 3 ms, 100,000 inserts 21 -> 12 s.
	 */
	private static final int PAGE_BYTES = 4 * 1024;

	private final Answering answering;

	private final StoreCommits commits = new StoreCommits(this::commit);

	DurableH2Backend(String fileName) {
		this(fileName, BoundedBatches.BATCH_BYTES);
	}

	/**
	 * With batches of at most {@code batchBytes} on the wire ({@link BoundedBatches}).
	 */
	DurableH2Backend(String fileName, int batchBytes) {
		super(new MVStore.Builder().fileName(fileName).pageSplitSize(PAGE_BYTES).open());
		this.answering = new Answering(batchBytes);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new IdServedH2Database(databaseName, getMvStore(), getCursorRegistry(), this.answering);
	}

	@Override
	public Document getServerStatus() {
		return this.answering.withExamined(super.getServerStatus());
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if (command.equalsIgnoreCase("fsync")) {
			this.commits.everythingWritten();
			return new Document("ok", 1.0);
		}
		Document response = super.handleCommand(channel, databaseName, command, query);
		if (WRITE_COMMANDS.contains(command.toLowerCase())) {
			this.commits.written(waitsForTheDisk(query));
		}
		return response;
	}

	/** Unless its write concern says {@code j: false}, as MongoDB's journal reads it. */
	private static boolean waitsForTheDisk(Document query) {
		return !(query.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j")));
	}

	/** Commits made so far (for tests: how many writes each cost). */
	long commitsMade() {
		return this.commits.made();
	}

}
