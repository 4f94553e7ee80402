package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * What a {@link SecondaryIndex} files a document under, and the form of the keys it looks
 * up.
 *
 * <p>
 * A key is the index's values normalized as the library's query matcher normalizes before
 * comparing ({@link KeyValue#normalized()}: every number a double, -0.0 as 0.0), so a
 * query for {@code 123} finds a stored {@code 123L} exactly when the matcher would call
 * them equal. A single-key index uses the value itself as its key, a compound one the
 * {@link KeyValue}.
 */
final class IndexedValues {

	/**
	 * Beyond this many keys (an array of thousands, a compound index over several arrays)
	 * a document is not filed but offered to every lookup.
	 */
	static final int MAX_COMBINATIONS = 1000;

	private IndexedValues() {
	}

	/**
	 * Whether every key path can be followed as this class follows it: plain field names,
	 * none of them an array position ({@code items.0.code}), whose meaning this class
	 * does not reproduce.
	 */
	static boolean followable(List<String> paths) {
		for (String path : paths) {
			for (String field : path.split("\\.", -1)) {
				if (field.isEmpty() || field.startsWith("$") || field.chars().allMatch(Character::isDigit)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The keys a document is filed under: every combination of the values at the paths,
	 * an array contributing each of its elements, a missing value {@code null}. Null when
	 * the document has values whose matching this class does not reproduce (an array in
	 * an array, an empty array) or too many combinations: such a document is then a
	 * candidate of every lookup instead.
	 */
	static Set<Object> of(List<String> paths, Document document) {
		List<List<Object>> valuesPerPath = new ArrayList<>(paths.size());
		long combinations = 1;
		for (String path : paths) {
			List<Object> values = valuesAt(document, List.of(path.split("\\.")), 0);
			if (values == null || values.isEmpty()) {
				return null;
			}
			combinations *= values.size();
			if (combinations > MAX_COMBINATIONS) {
				return null;
			}
			valuesPerPath.add(values);
		}
		Set<Object> keys = new HashSet<>();
		combine(valuesPerPath, new ArrayList<>(paths.size()), keys);
		return keys;
	}

	/** The lookup key for one value per path, in the index's order. */
	static Object key(List<?> values) {
		KeyValue normalized = new KeyValue(values).normalized();
		return (normalized.size() == 1) ? normalized.get(0) : normalized;
	}

	/**
	 * The values an equality on the path is compared with, as the library's matcher walks
	 * a path: through documents, and through arrays of documents into each element. Null
	 * where an array holds arrays.
	 */
	private static List<Object> valuesAt(Object node, List<String> fields, int depth) {
		if (depth == fields.size()) {
			return leafValues(node);
		}
		if (node instanceof Document document) {
			return valuesAt(document.get(fields.get(depth)), fields, depth + 1);
		}
		if (node instanceof Collection<?> elements) {
			if (elements.isEmpty()) {
				return Collections.singletonList(null);
			}
			List<Object> values = new ArrayList<>();
			for (Object element : elements) {
				if (element instanceof Collection) {
					return null;
				}
				if (element instanceof Document) {
					List<Object> inner = valuesAt(element, fields, depth);
					if (inner == null) {
						return null;
					}
					values.addAll(inner);
				}
				else {
					values.add(null);
				}
			}
			return values;
		}
		return Collections.singletonList(null);
	}

	private static List<Object> leafValues(Object value) {
		if (!(value instanceof Collection<?> elements)) {
			return Collections.singletonList(value);
		}
		if (elements.stream().anyMatch(Collection.class::isInstance)) {
			return null;
		}
		return new ArrayList<>(elements);
	}

	private static void combine(List<List<Object>> valuesPerPath, List<Object> chosen, Set<Object> keys) {
		if (chosen.size() == valuesPerPath.size()) {
			keys.add(key(chosen));
			return;
		}
		for (Object value : valuesPerPath.get(chosen.size())) {
			chosen.add(value);
			combine(valuesPerPath, chosen, keys);
			chosen.remove(chosen.size() - 1);
		}
	}

}
