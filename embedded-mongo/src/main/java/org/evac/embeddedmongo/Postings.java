package org.evac.embeddedmongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The documents filed under each key of a {@link SecondaryIndex}: per key, the documents'
 * positions by their {@code _id}, so that a document can be taken out again knowing only
 * its content.
 *
 * <p>
 * Most keys of a fine-grained index (a chat, a request) hold one document, so a key with
 * one document holds just its {@code _id} and position ({@link One}), and one instance
 * serves as both when the backend's position is the {@code _id} (the H2 backend's); only
 * a key with several holds a hash map. That is most of the index's memory: a hundred
 * thousand requests are filed in each index in use.
 *
 * <p>
 * Dates are kept in order apart from the other keys, so that a range of them is found
 * without looking at the rest ({@link DateRange}): "what is due now" reads only what is
 * due. A date is filed in one of the two maps only, so this costs no memory.
 */
@SuppressWarnings({ "unchecked", "rawtypes" })
final class Postings<P> {

	/** Per key, a {@link One} or a {@code HashMap} of positions by {@code _id}. */
	private final Map<Object, Object> byKey = new HashMap<>();

	private final NavigableMap<Instant, Object> byDate = new TreeMap<>();

	private long size;

	private Map<Object, Object> mapOf(Object key) {
		return (key instanceof Instant) ? (Map) this.byDate : this.byKey;
	}

	void add(Object key, Object id, P position) {
		Map<Object, Object> byKey = mapOf(key);
		Object filed = byKey.get(key);
		if (filed == null) {
			byKey.put(key, new One(SecondaryIndex.sharedId(id, position), position));
			this.size++;
		}
		else if (filed instanceof One one && one.id().equals(id)) {
			byKey.put(key, new One(one.id(), position));
		}
		else if (filed instanceof One one) {
			Map<Object, Object> several = new HashMap<>(4);
			several.put(one.id(), one.position());
			several.put(id, position);
			byKey.put(key, several);
			this.size++;
		}
		else if (((Map<Object, Object>) filed).put(id, position) == null) {
			this.size++;
		}
	}

	/** The position the document was filed with under the key, or null. */
	P remove(Object key, Object id) {
		Map<Object, Object> byKey = mapOf(key);
		Object filed = byKey.get(key);
		if (filed instanceof One one) {
			if (!one.id().equals(id)) {
				return null;
			}
			byKey.remove(key);
			this.size--;
			return (P) one.position();
		}
		if (!(filed instanceof Map several) || !several.containsKey(id)) {
			return null;
		}
		this.size--;
		P removed = (P) several.remove(id);
		if (several.isEmpty()) {
			byKey.remove(key);
		}
		return removed;
	}

	void collect(Object key, Collection<P> into) {
		collectFiled(mapOf(key).get(key), into);
	}

	private void collectFiled(Object filed, Collection<P> into) {
		if (filed instanceof One one) {
			into.add((P) one.position());
		}
		else if (filed instanceof Map several) {
			into.addAll(several.values());
		}
	}

	/** The documents filed under a date in the range, earliest first. */
	void collect(DateRange range, Collection<P> into) {
		inRange(range).values().forEach(filed -> collectFiled(filed, into));
	}

	private NavigableMap<Instant, Object> inRange(DateRange range) {
		NavigableMap<Instant, Object> dates = this.byDate;
		if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
			return Collections.emptyNavigableMap();
		}
		if (range.from() != null) {
			dates = dates.tailMap(range.from(), range.fromInclusive());
		}
		if (range.to() != null) {
			dates = dates.headMap(range.to(), range.toInclusive());
		}
		return dates;
	}

	/**
	 * The documents under the earliest dates of the range: dates in order until at least
	 * {@code limit} documents are found, every document of the last date included.
	 */
	List<P> first(DateRange range, int limit) {
		List<P> first = new ArrayList<>();
		for (Object filed : inRange(range).values()) {
			if (first.size() >= limit) {
				break;
			}
			collectFiled(filed, first);
		}
		return first;
	}

	/** How many (key, document) pairs are filed. */
	long size() {
		return this.size;
	}

	void clear() {
		this.byKey.clear();
		this.byDate.clear();
		this.size = 0;
	}

	/** The one document filed under a key. */
	private record One(Object id, Object position) {
	}

}
