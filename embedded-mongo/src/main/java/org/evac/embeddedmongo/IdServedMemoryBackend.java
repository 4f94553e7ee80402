package org.evac.embeddedmongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
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

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getCursorRegistry());
	}

	private static final class Database extends MemoryDatabase {

		Database(String databaseName, CursorRegistry cursorRegistry) {
			super(databaseName, cursorRegistry);
		}

		@Override
		protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
			return new Collection(this, collectionName, options, this.cursorRegistry);
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

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				CursorRegistry cursorRegistry) {
			super(database, collectionName, options, cursorRegistry);
		}

		/** In batches that fit a wire message ({@link BoundedBatches}). */
		@Override
		protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
			return BoundedBatches.of(matchedDocuments, batchSize, this.cursorRegistry);
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
