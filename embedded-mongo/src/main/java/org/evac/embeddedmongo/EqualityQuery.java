package org.evac.embeddedmongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * Reads, from a query, the keys a {@link SecondaryIndex} would look up to find every
 * document the query can match.
 *
 * <p>
 * Only conditions the library's matcher decides by plain equality of normalized values
 * are read: a value of a type the wire protocol decodes to and that compares by
 * {@code equals} ({@link #plain(Object)}), or for a single-key index an {@code $in} list
 * of such values. Anything else (null, which also matches missing fields; a regular
 * expression; an array, which also matches as a whole; an embedded document; any other
 * operator) is not read, and the query is then answered by a scan as before. A condition
 * may stand in the query or in its {@code $and}s, which a document meets all of too.
 * Conditions on other fields are no concern of the index: the collection matches the
 * whole query against every candidate.
 */
final class EqualityQuery {

	private static final Set<Class<?>> PLAIN = Set.of(String.class, Boolean.class, Integer.class, Long.class,
			Double.class, ObjectId.class, Instant.class, UUID.class);

	private EqualityQuery() {
	}

	/**
	 * The keys to look up (in {@link IndexedValues#key} form), or null when the query
	 * does not ask each path for plain values.
	 */
	static List<Object> lookups(List<String> paths, Document query) {
		List<Document> conjuncts = conjuncts(query);
		if (conjuncts == null) {
			return null;
		}
		if (paths.size() == 1) {
			List<Object> values = askedOf(conjuncts, paths.get(0));
			if (values == null) {
				return null;
			}
			List<Object> keys = new ArrayList<>(values.size());
			for (Object value : values) {
				keys.add(IndexedValues.key(List.of(value)));
			}
			return keys;
		}
		List<Object> values = new ArrayList<>(paths.size());
		for (String path : paths) {
			Object value = equalTo(conjuncts, path);
			if (value == null) {
				return null;
			}
			values.add(value);
		}
		return List.of(IndexedValues.key(values));
	}

	/**
	 * The query and, within its {@code $and}s, the conditions a matching document meets
	 * all of; the driver writes {@code Filters.and(...)} so. Null if an {@code $and} is
	 * not a non-empty list of documents: the collection reports such a query as it always
	 * did.
	 */
	static List<Document> conjuncts(Document query) {
		List<Document> conjuncts = new ArrayList<>();
		conjuncts.add(query);
		for (int i = 0; i < conjuncts.size(); i++) {
			if (!conjuncts.get(i).containsKey("$and")) {
				continue;
			}
			if (!(conjuncts.get(i).get("$and") instanceof Collection<?> all) || all.isEmpty()) {
				return null;
			}
			for (Object each : all) {
				if (!(each instanceof Document condition)) {
					return null;
				}
				conjuncts.add(condition);
			}
		}
		return conjuncts;
	}

	private static Object equalTo(List<Document> conjuncts, String path) {
		for (Document conjunct : conjuncts) {
			if (plain(conjunct.get(path))) {
				return conjunct.get(path);
			}
		}
		return null;
	}

	/** The values one path is asked to equal: one, or the elements of an {@code $in}. */
	static List<Object> askedOf(List<Document> conjuncts, String path) {
		for (Document conjunct : conjuncts) {
			Object condition = conjunct.get(path);
			if (plain(condition)) {
				return List.of(condition);
			}
			if (condition instanceof Document operators && operators.keySet().equals(Set.of("$in"))
					&& operators.get("$in") instanceof Collection<?> candidates
					&& candidates.stream().allMatch(EqualityQuery::plain)) {
				return new ArrayList<>(candidates);
			}
		}
		return null;
	}

	/**
	 * Whether the matcher compares this value with a field's (or each array element's)
	 * normalized value by {@code equals} and nothing else.
	 */
	static boolean plain(Object value) {
		return value != null && PLAIN.contains(value.getClass());
	}

}
