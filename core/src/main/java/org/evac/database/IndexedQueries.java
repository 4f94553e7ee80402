package org.evac.database;

import java.util.List;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Answers a query from a collection's indexes, its unique indexes first.
 *
 * <p>
 * The collection takes the first index that can serve a query, in the order the indexes
 * were created; a {@link SecondaryIndex} created before a unique one would then serve
 * queries the unique index answers with one document, offering every document that shares
 * the secondary key instead.
 */
final class IndexedQueries {

	private IndexedQueries() {
	}

	/** The answer from the best index that can serve the query, or null if none can. */
	static <P> QueryResult answer(List<Index<P>> indexes, Document query, Document orderBy, int skip, int limit,
			int batchSize, Document fieldSelector, IdServedQueries.Matcher<P> matcher) {
		Index<P> index = servingIndex(indexes, query);
		if (index == null) {
			return null;
		}
		return matcher.match(query, index.getPositions(query), orderBy, skip, limit, batchSize, fieldSelector);
	}

	static <P> Index<P> servingIndex(List<Index<P>> indexes, Document query) {
		Index<P> secondary = null;
		for (Index<P> index : indexes) {
			if (index.canHandle(query)) {
				if (index.isUnique()) {
					return index;
				}
				if (secondary == null) {
					secondary = index;
				}
			}
		}
		return secondary;
	}

}
