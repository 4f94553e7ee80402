package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Reads, from a query, the values it asks of the leading keys of a compound index, as
 * {@link EqualityQuery} reads them for one key: a plain value or an {@code $in} of plain
 * values, in the query or its {@code $and}s.
 */
final class LeadingKeys {

	private LeadingKeys() {
	}

	/**
	 * Every combination of the values asked of the longest run of leading keys, each in
	 * {@link IndexedValues#key} form; null when the query asks nothing of the first key,
	 * or asks too many combinations.
	 */
	static List<List<Object>> combinations(List<String> paths, Document query, int most) {
		List<Document> conjuncts = EqualityQuery.conjuncts(query);
		if (conjuncts == null) {
			return null;
		}
		List<List<Object>> combinations = List.of(List.of());
		for (String path : paths) {
			List<Object> values = EqualityQuery.askedOf(conjuncts, path);
			if (values == null || values.isEmpty() || combinations.size() * values.size() > most) {
				break;
			}
			List<List<Object>> longer = new ArrayList<>(combinations.size() * values.size());
			for (List<Object> prefix : combinations) {
				for (Object value : values) {
					List<Object> each = new ArrayList<>(prefix);
					each.add(IndexedValues.key(List.of(value)));
					longer.add(each);
				}
			}
			combinations = longer;
		}
		return combinations.get(0).isEmpty() ? null : combinations;
	}

	/**
	 * Whether the query (with its {@code $and}s) asks of these paths, once each, and
	 * nothing else: then the values {@link #combinations} read are all it asks.
	 */
	static boolean asksOnly(Document query, List<String> paths) {
		List<Document> conjuncts = EqualityQuery.conjuncts(query);
		if (conjuncts == null) {
			return false;
		}
		Set<String> allowed = Set.copyOf(paths);
		Set<String> asked = new HashSet<>();
		for (Document conjunct : conjuncts) {
			for (String key : conjunct.keySet()) {
				if (!key.equals("$and") && (!allowed.contains(key) || !asked.add(key))) {
					return false;
				}
			}
		}
		return true;
	}

}
