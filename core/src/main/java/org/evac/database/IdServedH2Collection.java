package org.evac.database;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that finds documents by {@code _id} first ({@link IdServedQueries}),
 * then by its other indexes, unique ones first ({@link IndexedQueries}).
 */
class IdServedH2Collection extends H2Collection {

	IdServedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
		super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
			Document fieldSelector) {
		QueryResult answer = IdServedQueries.answer(getIndexes(), query, orderBy, skip, limit, batchSize, fieldSelector,
				this::matchDocuments);
		if (answer == null) {
			answer = IndexedQueries.answer(getIndexes(), query, orderBy, skip, limit, batchSize, fieldSelector,
					this::matchDocuments);
		}
		return (answer != null) ? answer : super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
	}

}
