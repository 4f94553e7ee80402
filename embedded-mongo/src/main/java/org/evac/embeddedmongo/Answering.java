package org.evac.embeddedmongo;

import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.bson.Document;

/**
 * What the collections of one embedded server share when they answer queries: the size of
 * a batch on the wire ({@link BoundedBatches}) and a count of the documents they read to
 * answer (the {@code scannedObjects} MongoDB reports), so that a test can tell an answer
 * from an index from a scan.
 */
final class Answering {

	private final int batchBytes;

	private final LongAdder examined = new LongAdder();

	Answering(int batchBytes) {
		this.batchBytes = batchBytes;
	}

	int batchBytes() {
		return this.batchBytes;
	}

	void examined(long documents) {
		this.examined.add(documents);
	}

	/**
	 * The server's status with the documents read so far, where MongoDB reports them:
	 * {@code metrics.queryExecutor.scannedObjects}.
	 */
	Document withExamined(Document serverStatus) {
		Document metrics = (serverStatus.get("metrics") instanceof Document given) ? given : new Document();
		metrics.put("queryExecutor", new Document("scannedObjects", this.examined.sum()));
		serverStatus.put("metrics", metrics);
		return serverStatus;
	}

}
