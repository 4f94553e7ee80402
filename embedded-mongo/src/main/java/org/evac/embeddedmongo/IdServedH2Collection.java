package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that finds documents by {@code _id} first ({@link IdServedQueries}),
 * then by its other indexes, unique ones first ({@link IndexedQueries}), filling a
 * secondary index when a query first needs it.
 */
class IdServedH2Collection extends H2Collection {

	private final Answering answering;

	/** Whether this thread is updating documents (see {@link #updateDocuments}). */
	private final ThreadLocal<Boolean> updating = ThreadLocal.withInitial(() -> false);

	/** Whether the database is open: while it opens, its indexes are filled together. */
	private final BooleanSupplier databaseOpen;

	IdServedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry,
			Answering answering, BooleanSupplier databaseOpen) {
		super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
		this.answering = answering;
		this.databaseOpen = databaseOpen;
	}

	/**
	 * An index created in an open database is filled at once, as MongoDB builds one: on
	 * an empty collection that reads nothing, and every write keeps it from then on.
	 */
	@Override
	public void addIndex(Index<Object> index) {
		super.addIndex(index);
		if (this.databaseOpen.getAsBoolean()) {
			putIndexesInUse();
		}
	}

	/**
	 * Fills every index out of use from one read of the documents: when the file is
	 * opened, so that no query (a volunteer's first queue page, a resident's
	 * {@code /start}) waits for an index to be filled, each with a read of every
	 * document.
	 */
	void putIndexesInUse() {
		synchronized (this) {
			List<SecondaryIndex<Object>> secondary = new ArrayList<>();
			for (Index<Object> index : getIndexes()) {
				if (index instanceof SecondaryIndex<Object> each) {
					secondary.add(each);
				}
			}
			SecondaryIndex.putAllInUse(secondary, this::streamAllDocumentsWithPosition);
		}
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
	 * The server's own reads (an aggregation, an update's or a delete's matches) read the
	 * whole answer, not a first batch.
	 */
	@Override
	public QueryResult handleQuery(Document query, int numberToSkip, int limit) {
		return super.handleQuery(new QueryParameters(query, numberToSkip, limit));
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
			Document fieldSelector) {
		QueryResult answer = IndexedQueries.answer(getIndexes(), query, orderBy, skip, limit, batchSize, fieldSelector,
				this::matchDocuments, this.filler);
		if (answer == null) {
			answer = super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
		}
		return this.updating.get() ? copies(answer) : answer;
	}

	/**
	 * The library changes the documents an update's query returns in place, then stores
	 * them again. Those are the very objects the H2 map holds, which the store may be
	 * writing to the file at that moment from another thread (a commit serializes the
	 * pages changed since the last one): the write failed with a
	 * {@link java.util.ConcurrentModificationException}, and every commit after it too.
	 * An update therefore changes copies; the objects stored stay as they were written.
	 */
	@Override
	public Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters, boolean isMulti,
			boolean isUpsert, Oplog oplog) {
		return changingCopies(() -> super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog));
	}

	/** As {@link #updateDocuments}: the document found is changed as a copy. */
	@Override
	public Document findAndModify(Document query) {
		return changingCopies(() -> super.findAndModify(query));
	}

	private Document changingCopies(Supplier<Document> change) {
		this.updating.set(true);
		try {
			return change.get();
		}
		finally {
			this.updating.set(false);
		}
	}

	private static QueryResult copies(QueryResult answer) {
		List<Document> copies = new ArrayList<>();
		answer.forEach(document -> copies.add(document.cloneDeeply()));
		return new QueryResult(copies);
	}

	/** From a compound index when it can tell ({@link IndexedQueries#count}). */
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
	protected Document getDocument(Object position) {
		this.answering.examined(1);
		return super.getDocument(position);
	}

	@Override
	protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
			Document fieldSelector) {
		this.answering.examined(count());
		return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
	}

	private final IndexedQueries.Filler<Object> filler = new IndexedQueries.Filler<>() {

		/**
		 * Every write holds the collection's lock
		 * ({@link AbstractSynchronizedMongoCollection}), most queries do too, but a count
		 * does not: the lock is taken here so that no write runs while the index is
		 * filled.
		 */
		@Override
		public void putInUse(SecondaryIndex<Object> index) {
			synchronized (IdServedH2Collection.this) {
				index.putInUse(IdServedH2Collection.this::streamAllDocumentsWithPosition);
			}
		}

		@Override
		public Document matching(Object position, Document query) {
			Document document = getDocument(position);
			return documentMatchesQuery(document, query) ? document : null;
		}

		@Override
		public QueryResult answer(List<Document> documents, Document query, Document orderBy, int skip, int limit,
				int batchSize, Document fieldSelector) {
			return matchDocumentsFromStream(documents.stream(), query, orderBy, skip, limit, batchSize, fieldSelector);
		}

	};

}
