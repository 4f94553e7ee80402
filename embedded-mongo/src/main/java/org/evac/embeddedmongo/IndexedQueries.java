package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.Iterator;
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

		/**
		 * The document at the position if it matches the query, else null (a walk's
		 * test).
		 */
		Document matching(P position, Document query);

		/**
		 * The answer made of documents a walk has read and matched already, sorted, cut
		 * and projected as the collection answers any query, without reading them again.
		 */
		QueryResult answer(List<Document> documents, Document query, Document orderBy, int skip, int limit,
				int batchSize, Document fieldSelector);

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
		if (limit > 0 && !servesExactly(index, query)) {
			QueryResult walked = walk(indexes, query, orderBy, skip, limit, batchSize, fieldSelector, matcher, filler);
			if (walked != null) {
				return walked;
			}
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

	/**
	 * The index to serve the query: a unique one, else one that finds exactly the values
	 * asked (or a range of dates), else one that pins only some leading keys of a
	 * compound index ({@link OrderedIndex}); the first created of its kind.
	 */
	static <P> Index<P> servingIndex(List<Index<P>> indexes, Document query) {
		Index<P> secondary = null;
		Index<P> leading = null;
		for (Index<P> index : indexes) {
			if (index.canHandle(query)) {
				if (index.isUnique()) {
					return index;
				}
				if (servesExactly(index, query)) {
					secondary = (secondary == null) ? index : secondary;
				}
				else if (leading == null || pinned(index, query) > pinned(leading, query)) {
					leading = index;
				}
			}
		}
		return (secondary != null) ? secondary : leading;
	}

	/**
	 * How many documents match the query, counted in a compound index without reading a
	 * document ({@link OrderedIndex#count}); -1 when no index can tell.
	 */
	static <P> long count(List<Index<P>> indexes, Document query, Filler<P> filler) {
		for (Index<P> index : indexes) {
			// only an index that can count the query is filled for it
			if (index instanceof OrderedIndex<P> ordered && !ordered.pinsEveryKey(query) && ordered.canCount(query)) {
				if (!ordered.isInUse()) {
					filler.putInUse(ordered);
				}
				long count = ordered.count(query);
				if (count >= 0) {
					return count;
				}
			}
		}
		return -1;
	}

	private static <P> int pinned(Index<P> index, Document query) {
		return (index instanceof OrderedIndex<P> ordered) ? ordered.pinned(query) : 0;
	}

	private static <P> boolean servesExactly(Index<P> index, Document query) {
		return index.isUnique() || !(index instanceof OrderedIndex<P> ordered) || ordered.pinsEveryKey(query);
	}

	/**
	 * A sorted query with a limit, from a compound index kept in the order asked: its
	 * documents read in order until {@code skip + limit} match, so a first page reads
	 * about a page. Null when no index walks that order.
	 */
	private static <P> QueryResult walk(List<Index<P>> indexes, Document query, Document orderBy, int skip, int limit,
			int batchSize, Document fieldSelector, IdServedQueries.Matcher<P> matcher, Filler<P> filler) {
		OrderedIndex<P> best = null;
		for (Index<P> index : indexes) {
			// of those that walk the order asked, the one that pins most
			if (index instanceof OrderedIndex<P> ordered && ordered.canWalk(query, orderBy)
					&& (best == null || ordered.pinned(query) > best.pinned(query))) {
				best = ordered;
			}
		}
		if (best != null && !best.isInUse()) {
			filler.putInUse(best);
		}
		Iterator<P> walk = (best != null) ? best.walk(query, orderBy) : null;
		if (walk != null) {
			List<Document> matching = new ArrayList<>(skip + limit);
			while (matching.size() < skip + limit && walk.hasNext()) {
				Document document = filler.matching(walk.next(), query);
				if (document != null) {
					matching.add(document);
				}
			}
			return filler.answer(matching, query, orderBy, skip, limit, batchSize, fieldSelector);
		}
		return null;
	}

}
