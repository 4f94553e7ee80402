package org.evac.embeddedmongo;

import java.util.List;

import de.bwaldvogel.mongo.backend.DatabaseResolver;
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
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * The in-memory backend (tests, {@code evac.database.in-memory}) with collections that
 * find documents by {@code _id} first and by non-unique indexes ({@link SecondaryIndex}),
 * as the file-backed one does.
 */
public class IdServedMemoryBackend extends MemoryBackend {

	private final Answering answering;

	public IdServedMemoryBackend() {
		this(BoundedBatches.BATCH_BYTES);
	}

	/**
	 * With batches of at most {@code batchBytes} on the wire ({@link BoundedBatches}).
	 */
	IdServedMemoryBackend(int batchBytes) {
		this.answering = new Answering(batchBytes);
	}

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getCursorRegistry(), this.answering);
	}

	@Override
	public Document getServerStatus() {
		return this.answering.withExamined(super.getServerStatus());
	}

	/**
	 * An {@code fsync} has nothing to write here; it is answered as the file-backed
	 * server answers it ({@link DurableH2Backend}), so the same client runs on both.
	 */
	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if (command.equalsIgnoreCase("fsync")) {
			return new Document("ok", 1.0);
		}
		return super.handleCommand(channel, databaseName, command, query);
	}

	private static final class Database extends MemoryDatabase {

		private final Answering answering;

		Database(String databaseName, CursorRegistry cursorRegistry, Answering answering) {
			super(databaseName, cursorRegistry);
			this.answering = answering;
		}

		/**
		 * The library opens its own collections (the index descriptions) from its
		 * constructor, before this class has its fields: those are answered alike but not
		 * counted.
		 */
		private Answering answering() {
			return (this.answering != null) ? this.answering : new Answering(BoundedBatches.BATCH_BYTES);
		}

		@Override
		protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
			return new Collection(this, collectionName, options, this.cursorRegistry, answering());
		}

		/** The library would ignore a non-unique index; see {@link SecondaryIndex}. */
		@Override
		protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
				List<IndexKey> keys, boolean sparse) {
			if (!SecondaryIndex.canServe(keys)) {
				return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
			}
			return OrderedIndex.keepsOrder(keys) ? new OrderedIndex<>(indexName, keys, sparse)
					: new SecondaryIndex<>(indexName, keys, sparse);
		}

		/** As {@link IdServedH2Database#handleCommand}. */
		@Override
		public Document handleCommand(Channel channel, String command, Document query,
				DatabaseResolver databaseResolver, Oplog oplog) {
			Document counted = CountedAggregations.answer(this, command, query);
			return (counted != null) ? counted : super.handleCommand(channel, command, query, databaseResolver, oplog);
		}

	}

	private static final class Collection extends MemoryCollection {

		private final Answering answering;

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				CursorRegistry cursorRegistry, Answering answering) {
			super(database, collectionName, options, cursorRegistry);
			this.answering = answering;
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
			return BoundedBatches.forTheWire(super.handleQuery(parameters), this.answering.batchBytes(),
					this.cursorRegistry);
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
					fieldSelector, this::matchDocuments, this.filler);
			return (answer != null) ? answer
					: super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
		}

		/** As {@link IdServedH2Collection#count}. */
		@Override
		public int count(Document query, int skip, int limit) {
			synchronized (this) {
				long counted = (query == null) ? -1 : IndexedQueries.count(getIndexes(), query, this.filler);
				if (counted < 0) {
					return super.count(query, skip, limit);
				}
				long left = Math.max(0, counted - Math.max(skip, 0));
				return (int) ((limit > 0) ? Math.min(limit, left) : left);
			}
		}

		@Override
		protected Document getDocument(Integer position) {
			this.answering.examined(1);
			return super.getDocument(position);
		}

		@Override
		protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			this.answering.examined(count());
			return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

		private final IndexedQueries.Filler<Integer> filler = new IndexedQueries.Filler<>() {

			/** Under the collection's lock, as in {@link IdServedH2Collection}. */
			@Override
			public void putInUse(SecondaryIndex<Integer> index) {
				synchronized (Collection.this) {
					index.putInUse(Collection.this::streamAllDocumentsWithPosition);
				}
			}

			@Override
			public Document matching(Integer position, Document query) {
				Document document = getDocument(position);
				return documentMatchesQuery(document, query) ? document : null;
			}

			@Override
			public QueryResult answer(List<Document> documents, Document query, Document orderBy, int skip, int limit,
					int batchSize, Document fieldSelector) {
				return matchDocumentsFromStream(documents.stream(), query, orderBy, skip, limit, batchSize,
						fieldSelector);
			}

		};

	}

}
