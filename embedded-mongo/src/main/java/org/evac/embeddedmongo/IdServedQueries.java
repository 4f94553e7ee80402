package org.evac.embeddedmongo;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Lets the embedded server look documents up by {@code _id} when a query names one
 * {@code _id} (or a list of them) besides other conditions.
 *
 * <p>
 * The embedded server uses a unique index only when a query has exactly the index's keys,
 * so {@code {_id: x, version: 3}} (every versioned save), {@code {_id: {$in: [...]},
 * owner: y}} (the outbox's claims) and {@code {_id: x, state: PENDING}} scanned the whole
 * collection. Here the {@code _id} alone picks the candidates from the index and the
 * whole query is still matched against each of them, so the answer is the same, only
 * found without a scan. Real MongoDB does this by itself.
 */
final class IdServedQueries {

	private IdServedQueries() {
	}

	/** How the collection answers a query; {@code null} leaves it to the collection. */
	interface Matcher<P> {

		QueryResult match(Document query, Iterable<P> positions, Document orderBy, int skip, int limit, int batchSize,
				Document fieldSelector);

	}

	/**
	 * Answers the query from the {@code _id} index, or returns null when the query does
	 * not name ids (the collection then answers it as before).
	 */
	static <P> QueryResult answer(List<Index<P>> indexes, Document query, Document orderBy, int skip, int limit,
			int batchSize, Document fieldSelector, Matcher<P> matcher) {
		Document byId = idAlone(query);
		if (byId == null) {
			return null;
		}
		for (Index<P> index : indexes) {
			if (index.canHandle(byId)) {
				return matcher.match(query, index.getPositions(byId), orderBy, skip, limit, batchSize, fieldSelector);
			}
		}
		return null;
	}

	/**
	 * The query's {@code _id} condition on its own, when it is an equality or an
	 * {@code $in} and the query has other conditions too; otherwise null.
	 */
	static Document idAlone(Document query) {
		if (query.size() < 2 || !query.containsKey("_id")) {
			return null;
		}
		Object id = query.get("_id");
		if (id instanceof Document condition) {
			boolean operators = condition.keySet().stream().anyMatch(key -> key.startsWith("$"));
			if (operators && !condition.keySet().equals(Set.of("$in"))) {
				return null;
			}
		}
		return new Document("_id", id);
	}

}
