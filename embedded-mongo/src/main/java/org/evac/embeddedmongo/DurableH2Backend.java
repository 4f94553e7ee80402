package org.evac.embeddedmongo;

import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, committed to disk before every write is acknowledged, with collections
 * that find documents by {@code _id} first ({@link IdServedQueries}).
 *
 * <p>
 * H2's store commits on its own only about once a second, so a write the driver saw
 * acknowledged could vanish with a {@code kill -9}. Evac confirms Telegram updates only
 * after their effects are stored, so an acknowledged write must be on disk.
 */
class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
			"createindexes", "dropindexes", "drop", "create", "renamecollection");

	private final Answering answering;

	DurableH2Backend(String fileName) {
		this(fileName, BoundedBatches.BATCH_BYTES);
	}

	/**
	 * With batches of at most {@code batchBytes} on the wire ({@link BoundedBatches}).
	 */
	DurableH2Backend(String fileName, int batchBytes) {
		super(fileName);
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
		Document response = super.handleCommand(channel, databaseName, command, query);
		if (WRITE_COMMANDS.contains(command.toLowerCase())) {
			commit();
		}
		return response;
	}

}
