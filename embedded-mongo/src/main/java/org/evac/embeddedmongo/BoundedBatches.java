package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Answers a query in batches small enough for one wire message.
 *
 * <p>
 * Unless the client names a batch size, the embedded server puts a whole answer in one
 * reply, and the driver refuses replies over 48 MB: a query for every open request failed
 * once they held about 50 MB. Real MongoDB cuts batches at 16 MB; here each batch holds
 * at most {@value #BATCH_BYTES} bytes by a generous estimate (and the number of documents
 * a client asks for, when it asks), and the rest waits in a cursor for the driver's
 * {@code getMore}.
 *
 * <p>
 * Only an answer on its way to a client is cut ({@link #forTheWire}). The server reads
 * through the same queries for itself (a count, an aggregation, an update or delete of
 * many, a distinct) and takes only the first batch of what it reads: cut there, a count
 * of 100,000 requests said 3,115, and each such read left the rest in a cursor nobody
 * would drain, holding its documents for good. A collection therefore answers whole
 * ({@link #whole}), and its entry for clients' queries cuts the answer.
 */
final class BoundedBatches {

	static final int BATCH_BYTES = 8 * 1024 * 1024;

	private BoundedBatches() {
	}

	/** The whole answer, with the batch size a client asked for, if one did. */
	static QueryResult whole(List<Document> documents, int batchSize) {
		return new Whole(documents, batchSize);
	}

	/**
	 * The answer to a client's query: its first batch, the rest in a cursor. An answer
	 * not made by {@link #whole} (an empty one) is passed on as it is.
	 */
	static QueryResult forTheWire(QueryResult answer, int batchBytes, CursorRegistry cursors) {
		if (answer instanceof Whole whole) {
			return of(whole.documents, whole.batchSize, batchBytes, cursors);
		}
		return answer;
	}

	static QueryResult of(List<Document> documents, int batchSize, int batchBytes, CursorRegistry cursors) {
		List<Document> first = take(documents, 0, batchSize, batchBytes);
		if (first.size() == documents.size()) {
			return new QueryResult(documents);
		}
		Remaining rest = new Remaining(cursors.generateCursorId(), documents.subList(first.size(), documents.size()),
				batchBytes);
		cursors.add(rest);
		return new QueryResult(first, rest);
	}

	/** The documents from {@code from} that fit one batch; at least one. */
	private static List<Document> take(List<Document> documents, int from, int batchSize, int batchBytes) {
		int most = (batchSize > 0) ? batchSize : Integer.MAX_VALUE;
		long bytes = 0;
		int to = from;
		while (to < documents.size() && to - from < most) {
			bytes += estimate(documents.get(to));
			if (bytes > batchBytes && to > from) {
				break;
			}
			to++;
		}
		return documents.subList(from, to);
	}

	/** At least the BSON size: four bytes a character covers any UTF-8. */
	static long estimate(Object value) {
		if (value instanceof Map<?, ?> map) {
			long size = 5;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				size += 2 + String.valueOf(entry.getKey()).length() * 4L + estimate(entry.getValue());
			}
			return size;
		}
		if (value instanceof Collection<?> list) {
			long size = 5;
			for (Object element : list) {
				size += 8 + estimate(element);
			}
			return size;
		}
		if (value instanceof CharSequence text) {
			return 5 + text.length() * 4L;
		}
		if (value instanceof byte[] bytes) {
			return 5 + bytes.length;
		}
		return 16;
	}

	/** Every document of an answer, not yet cut. */
	private static final class Whole extends QueryResult {

		private final List<Document> documents;

		private final int batchSize;

		Whole(List<Document> documents, int batchSize) {
			super(documents);
			this.documents = documents;
			this.batchSize = batchSize;
		}

	}

	/** What is left of an answer, handed out a batch at a time. */
	private static final class Remaining implements Cursor {

		private final long id;

		private final List<Document> documents;

		private final int batchBytes;

		private int next;

		Remaining(long id, List<Document> documents, int batchBytes) {
			this.id = id;
			this.documents = new ArrayList<>(documents);
			this.batchBytes = batchBytes;
		}

		@Override
		public long getId() {
			return this.id;
		}

		@Override
		public synchronized boolean isEmpty() {
			return this.next >= this.documents.size();
		}

		@Override
		public synchronized List<Document> takeDocuments(int batchSize) {
			List<Document> batch = List.copyOf(take(this.documents, this.next, batchSize, this.batchBytes));
			this.next += batch.size();
			return batch;
		}

	}

}
