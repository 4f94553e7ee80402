package org.evac.embeddedmongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The in-memory backend (tests, {@code evac.database.in-memory}) with collections that
 * find documents by {@code _id} first and by non-unique indexes ({@link SecondaryIndex}),
 * as the file-backed one does.
 */
public class IdServedMemoryBackend extends MemoryBackend {

	private final int batchBytes;

	public IdServedMemoryBackend() {
		this(BoundedBatches.BATCH_BYTES);
	}

	/**
	 * With batches of at most {@code batchBytes} on the wire ({@link BoundedBatches}).
	 */
	IdServedMemoryBackend(int batchBytes) {
		this.batchBytes = batchBytes;
	}

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getCursorRegistry(), this.batchBytes);
	}

	private static final class Database extends MemoryDatabase {

		private final int batchBytes;

		Database(String databaseName, CursorRegistry cursorRegistry, int batchBytes) {
			super(databaseName, cursorRegistry);
			this.batchBytes = batchBytes;
		}

		@Override
		protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
			return new Collection(this, collectionName, options, this.cursorRegistry, this.batchBytes);
		}

		/** The library would ignore a non-unique index; see {@link SecondaryIndex}. */
		@Override
		protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
				List<IndexKey> keys, boolean sparse) {
			if (!SecondaryIndex.canServe(keys)) {
				return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
			}
			return new SecondaryIndex<>(indexName, keys, sparse);
		}

	}

	private static final class Collection extends MemoryCollection {

		private final int batchBytes;

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				CursorRegistry cursorRegistry, int batchBytes) {
			super(database, collectionName, options, cursorRegistry);
			this.batchBytes = batchBytes;
		}

		/**
		 * Whole: cut into batches only on the way to a client ({@link BoundedBatches}).
		 */
		@Override
		protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
			return BoundedBatches.whole(matchedDocuments, batchSize);
		}

		/** A client's query ({@code find}): in batches that fit a wire message. */
		@Override
		public QueryResult handleQuery(QueryParameters parameters) {
			return BoundedBatches.forTheWire(super.handleQuery(parameters), this.batchBytes, this.cursorRegistry);
		}

		/**
		 * The server's own reads (an aggregation, an update's or a delete's matches) read
		 * the whole answer, not a first batch.
		 */
		@Override
		public QueryResult handleQuery(Document query, int numberToSkip, int limit) {
			return super.handleQuery(new QueryParameters(query, numberToSkip, limit));
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document fieldSelector) {
			QueryResult answer = IndexedQueries.answer(getIndexes(), query, orderBy, skip, limit, batchSize,
					fieldSelector, this::matchDocuments, this::putInUse);
			return (answer != null) ? answer
					: super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
		}

		/** Under the collection's lock, as in {@link IdServedH2Collection}. */
		private void putInUse(SecondaryIndex<Integer> index) {
			synchronized (this) {
				index.putInUse(this::streamAllDocumentsWithPosition);
			}
		}

	}

}
