package org.evac.embeddedmongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that finds documents by {@code _id} first ({@link IdServedQueries}),
 * then by its other indexes, unique ones first ({@link IndexedQueries}), filling a
 * secondary index when a query first needs it.
 */
class IdServedH2Collection extends H2Collection {

	private final int batchBytes;

	IdServedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry,
			int batchBytes) {
		super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
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
				this::matchDocuments, this::putInUse);
		return (answer != null) ? answer : super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
	}

	/**
	 * Every write holds the collection's lock
	 * ({@link AbstractSynchronizedMongoCollection}), most queries do too, but a count
	 * does not: the lock is taken here so that no write runs while the index is filled.
	 */
	private void putInUse(SecondaryIndex<Object> index) {
		synchronized (this) {
			index.putInUse(this::streamAllDocumentsWithPosition);
		}
	}

}
