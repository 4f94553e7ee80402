package org.evac.embeddedmongo;

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
 *
 * <p>
 * A secondary index is filled when it is first chosen to serve a query, not before
 * ({@link SecondaryIndex#putInUse}): an index that can serve a query but loses to a
 * unique one stays empty.
 */
final class IndexedQueries {

	private IndexedQueries() {
	}

	/** How a collection fills a secondary index a query needs for the first time. */
	interface Filler<P> {

		/** Puts the index in use, holding the collection's lock as its writes do. */
		void putInUse(SecondaryIndex<P> index);

	}

	/**
	 * The answer from the best index that can serve the query ({@code _id} named among
	 * other conditions first, {@link IdServedQueries}), or null if none can.
	 */
	static <P> QueryResult answer(List<Index<P>> indexes, Document query, Document orderBy, int skip, int limit,
			int batchSize, Document fieldSelector, IdServedQueries.Matcher<P> matcher, Filler<P> filler) {
		QueryResult byId = IdServedQueries.answer(indexes, query, orderBy, skip, limit, batchSize, fieldSelector,
				matcher);
		if (byId != null) {
			return byId;
		}
		Index<P> index = servingIndex(indexes, query);
		if (index == null) {
			return null;
		}
		if (index instanceof SecondaryIndex<P> secondary) {
			if (!secondary.isInUse()) {
				filler.putInUse(secondary);
			}
			Iterable<P> first = (skip == 0) ? secondary.first(query, orderBy, limit) : null;
			if (first != null) {
				return matcher.match(query, first, orderBy, skip, limit, batchSize, fieldSelector);
			}
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
