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
 * Most keys of a fine-grained index (a chat, a request) hold one or a few documents, so a
 * key with one document holds a singleton map rather than a hash map: that is most of the
 * index's memory.
 *
 * <p>
 * Dates are kept in order apart from the other keys, so that a range of them is found
 * without looking at the rest ({@link DateRange}): "what is due now" reads only what is
 * due. A date is filed in one of the two maps only, so this costs no memory.
 */
@SuppressWarnings({ "unchecked", "rawtypes" })
final class Postings<P> {

	private final Map<Object, Map<Object, P>> byKey = new HashMap<>();

	private final NavigableMap<Instant, Map<Object, P>> byDate = new TreeMap<>();

	private long size;

	private Map<Object, Map<Object, P>> mapOf(Object key) {
		return (key instanceof Instant) ? (Map) this.byDate : this.byKey;
	}

	void add(Object key, Object id, P position) {
		Map<Object, Map<Object, P>> byKey = mapOf(key);
		Map<Object, P> filed = byKey.get(key);
		if (filed == null) {
			byKey.put(key, Collections.singletonMap(id, position));
			this.size++;
			return;
		}
		if (!(filed instanceof HashMap)) {
			filed = new HashMap<>(filed);
			byKey.put(key, filed);
		}
		if (filed.put(id, position) == null) {
			this.size++;
		}
	}

	/** The position the document was filed with under the key, or null. */
	P remove(Object key, Object id) {
		Map<Object, Map<Object, P>> byKey = mapOf(key);
		Map<Object, P> filed = byKey.get(key);
		if (filed == null || !filed.containsKey(id)) {
			return null;
		}
		this.size--;
		if (filed.size() == 1) {
			byKey.remove(key);
			return filed.get(id);
		}
		return filed.remove(id);
	}

	void collect(Object key, Collection<P> into) {
		Map<Object, P> filed = mapOf(key).get(key);
		if (filed != null) {
			into.addAll(filed.values());
		}
	}

	/** The documents filed under a date in the range, earliest first. */
	void collect(DateRange range, Collection<P> into) {
		inRange(range).values().forEach(filed -> into.addAll(filed.values()));
	}

	private NavigableMap<Instant, Map<Object, P>> inRange(DateRange range) {
		NavigableMap<Instant, Map<Object, P>> dates = this.byDate;
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
		for (Map<Object, P> filed : inRange(range).values()) {
			if (first.size() >= limit) {
				break;
			}
			first.addAll(filed.values());
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

}
