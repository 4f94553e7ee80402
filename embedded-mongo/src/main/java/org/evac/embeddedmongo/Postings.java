package org.evac.embeddedmongo;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The documents filed under each key of a {@link SecondaryIndex}: per key, the documents'
 * positions by their {@code _id}, so that a document can be taken out again knowing only
 * its content.
 *
 * <p>
 * Most keys of a fine-grained index (a chat, a request) hold one or a few documents, so a
 * key with one document holds a singleton map rather than a hash map: that is most of the
 * index's memory.
 */
final class Postings<P> {

	private final Map<Object, Map<Object, P>> byKey = new HashMap<>();

	private long size;

	void add(Object key, Object id, P position) {
		Map<Object, P> filed = this.byKey.get(key);
		if (filed == null) {
			this.byKey.put(key, Collections.singletonMap(id, position));
			this.size++;
			return;
		}
		if (!(filed instanceof HashMap)) {
			filed = new HashMap<>(filed);
			this.byKey.put(key, filed);
		}
		if (filed.put(id, position) == null) {
			this.size++;
		}
	}

	/** The position the document was filed with under the key, or null. */
	P remove(Object key, Object id) {
		Map<Object, P> filed = this.byKey.get(key);
		if (filed == null || !filed.containsKey(id)) {
			return null;
		}
		this.size--;
		if (filed.size() == 1) {
			this.byKey.remove(key);
			return filed.get(id);
		}
		return filed.remove(id);
	}

	void collect(Object key, Collection<P> into) {
		Map<Object, P> filed = this.byKey.get(key);
		if (filed != null) {
			into.addAll(filed.values());
		}
	}

	/** How many (key, document) pairs are filed. */
	long size() {
		return this.size;
	}

	void clear() {
		this.byKey.clear();
		this.size = 0;
	}

}
