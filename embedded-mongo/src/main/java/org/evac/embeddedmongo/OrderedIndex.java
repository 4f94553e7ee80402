package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.Collections;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A compound index that also keeps its documents in the index's order, as MongoDB's
 * B-trees do, so that it serves what MongoDB serves with one: equality or {@code $in} on
 * its leading keys, then
 * <ul>
 * <li>a sort by the keys that follow, read in order and stopped once enough documents
 * match ({@link #walk}: "the first page of the open requests, most urgent first" reads
 * about a page, not every open request);</li>
 * <li>a count of a query that asks nothing else, from the index alone ({@link #count});
 * </li>
 * <li>a range of dates on the key that follows ({@link #getPositions}).</li>
 * </ul>
 * It knows nothing of requests: any compound index declared on any collection is one, and
 * a query only has to start with the index's keys to use it.
 *
 * <p>
 * Documents that hold an array at one of the keys (or that the postings cannot file) have
 * no single place in the order; while any are in the index, it serves nothing in order
 * and counts nothing, and the collection falls back to its postings or a scan.
 *
 * @param <P> the backend's position of a document
 */
final class OrderedIndex<P> extends SecondaryIndex<P> {

	/** More combinations of leading values than this are not walked. */
	private static final int MAX_COMBINATIONS = 1000;

	private final Comparator<List<Object>> order;

	private final List<Comparator<Object>> perKey;

	private final TreeMap<List<Object>, Map<Object, P>> ordered;

	/** Documents with no single place in the order: their positions by {@code _id}. */
	private final Map<Object, P> unordered = new HashMap<>();

	OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.perKey = keys.stream()
			.map(key -> key.isAscending() ? (Comparator<Object>) ValueComparator.asc()
					: (Comparator<Object>) ValueComparator.desc())
			.toList();
		this.order = this::compare;
		this.ordered = new TreeMap<>(this.order);
	}

	/** Whether an index over these keys is kept in order: a compound one. */
	static boolean keepsOrder(List<IndexKey> keys) {
		return keys.size() > 1;
	}

	/** Element by element in the index's directions; a shorter key first on a tie. */
	private int compare(List<Object> a, List<Object> b) {
		int common = Math.min(a.size(), b.size());
		for (int i = 0; i < common; i++) {
			int c = this.perKey.get(i).compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	@Override
	protected void filed(Set<Object> keys, Object id, P position) {
		if (keys == null || keys.size() != 1) {
			this.unordered.put(id, position);
			return;
		}
		List<Object> key = valuesOf(keys.iterator().next());
		this.ordered.computeIfAbsent(key, k -> new HashMap<>(2)).put(id, position);
	}

	@Override
	protected void removed(Set<Object> keys, Object id) {
		if (keys == null || keys.size() != 1) {
			this.unordered.remove(id);
			return;
		}
		List<Object> key = valuesOf(keys.iterator().next());
		Map<Object, P> filed = this.ordered.get(key);
		if (filed != null && filed.remove(id) != null && filed.isEmpty()) {
			this.ordered.remove(key);
		}
	}

	@Override
	protected void removedAll() {
		this.ordered.clear();
		this.unordered.clear();
	}

	private static List<Object> valuesOf(Object key) {
		List<Object> values = new ArrayList<>();
		((KeyValue) key).forEach(values::add);
		return values;
	}

	/** Also queries that pin only the leading keys (see the class comment). */
	@Override
	public synchronized boolean canHandle(Document query) {
		return super.canHandle(query) || ranges(query) != null;
	}

	/**
	 * How many keys the query pins (leading values, then perhaps a range of dates): of
	 * two indexes that serve a query, the one that pins more reads less.
	 */
	synchronized int pinned(Document query) {
		List<Range> ranges = ranges(query);
		if (ranges == null) {
			return 0;
		}
		return ranges.get(0).prefix().size() + ((ranges.get(0).range() != null) ? 1 : 0);
	}

	/**
	 * Whether the postings serve this query on their own (every key pinned to values):
	 * then it is served as any secondary index's query, and ahead of queries that only
	 * pin leading keys.
	 */
	synchronized boolean pinsEveryKey(Document query) {
		return super.canHandle(query);
	}

	@Override
	public synchronized Iterable<P> getPositions(Document query) {
		if (super.canHandle(query)) {
			return super.getPositions(query);
		}
		if (!isInUse()) {
			throw new IllegalStateException("Index " + getName() + " is not in use yet: it would find nothing");
		}
		List<Range> ranges = ranges(query);
		if (ranges == null) {
			return super.getPositions(query); // fails as any other index would
		}
		List<P> positions = new ArrayList<>();
		for (Range range : ranges) {
			positions.addAll(range.positions());
		}
		positions.addAll(this.unordered.values());
		return inNaturalOrder(positions);
	}

	/**
	 * The documents that may match the query, in the order asked, lazily: null unless the
	 * query pins the leading keys and asks for the order of the keys that follow (in the
	 * index's directions). The collection matches each against the whole query and stops
	 * once it has enough.
	 */
	synchronized Iterator<P> walk(Document query, Document orderBy) {
		if (!isInUse() || !this.unordered.isEmpty() || !canWalk(query, orderBy)) {
			return null;
		}
		List<Range> ranges = ranges(query);
		int pinned = ranges.get(0).prefix().size();
		List<Iterator<Map.Entry<List<Object>, Map<Object, P>>>> sources = new ArrayList<>();
		for (Range range : ranges) {
			sources.add(range.entries());
		}
		return new Merged(sources, pinned);
	}

	/**
	 * Whether the query pins the leading keys and asks for the order of the keys that
	 * follow, in the index's directions (whether or not the index is in use).
	 */
	synchronized boolean canWalk(Document query, Document orderBy) {
		if (orderBy == null || orderBy.isEmpty()) {
			return false;
		}
		List<Range> ranges = ranges(query);
		if (ranges == null) {
			return false;
		}
		int pinned = ranges.get(0).prefix().size();
		List<String> sortKeys = List.copyOf(orderBy.keySet());
		if (pinned + sortKeys.size() > paths().size()) {
			return false;
		}
		for (int i = 0; i < sortKeys.size(); i++) {
			IndexKey key = getKeys().get(pinned + i);
			boolean ascending = orderBy.get(sortKeys.get(i)) instanceof Number direction && direction.intValue() > 0;
			if (!sortKeys.get(i).equals(key.getKey()) || ascending != key.isAscending()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * How many documents match a query that asks nothing but values of the leading keys,
	 * counted in the index without reading a document; -1 for any other query.
	 */
	synchronized long count(Document query) {
		if (!isInUse() || !this.unordered.isEmpty()) {
			return -1;
		}
		List<Range> ranges = ranges(query);
		if (ranges == null || ranges.get(0).range() != null
				|| !LeadingKeys.asksOnly(query, paths().subList(0, ranges.get(0).prefix().size()))) {
			return -1;
		}
		long count = 0;
		for (Range range : ranges) {
			count += range.count();
		}
		return count;
	}

	/**
	 * The parts of the order a query can match: one per combination of the values it asks
	 * of the leading keys, bounded by a range of dates on the next key if it asks one.
	 * Null when it pins no leading key.
	 */
	private List<Range> ranges(Document query) {
		List<List<Object>> combinations = LeadingKeys.combinations(paths(), query, MAX_COMBINATIONS);
		if (combinations == null) {
			return null;
		}
		int pinned = combinations.get(0).size();
		DateRange dates = (pinned < paths().size()) ? DateRange.of(List.of(paths().get(pinned)), query) : null;
		List<Range> ranges = new ArrayList<>(combinations.size());
		for (List<Object> prefix : combinations) {
			ranges.add(new Range(prefix, dates));
		}
		return ranges;
	}

	/**
	 * The documents whose leading keys are these values (and whose next key in range).
	 */
	private final class Range {

		private final List<Object> prefix;

		private final DateRange range;

		Range(List<Object> prefix, DateRange range) {
			this.prefix = prefix;
			this.range = range;
		}

		List<Object> prefix() {
			return this.prefix;
		}

		DateRange range() {
			return this.range;
		}

		/** In the index's order, read lazily. */
		Iterator<Map.Entry<List<Object>, Map<Object, P>>> entries() {
			int next = this.prefix.size();
			boolean ascending = next < getKeys().size() && getKeys().get(next).isAscending();
			List<Object> from = new ArrayList<>(this.prefix);
			if (this.range != null && ascending && this.range.from() != null) {
				from.add(this.range.from());
			}
			return OrderedIndex.this.ordered.tailMap(from, true)
				.entrySet()
				.stream()
				.takeWhile(entry -> entry.getKey().subList(0, next).equals(this.prefix)
						&& !(ascending && pastRange(entry.getKey().get(next))))
				.filter(entry -> this.range == null || inRange(entry.getKey().get(next)))
				.iterator();
		}

		/** Every document in the range, in order. */
		List<P> positions() {
			List<P> positions = new ArrayList<>();
			entries().forEachRemaining(entry -> positions.addAll(entry.getValue().values()));
			return positions;
		}

		long count() {
			long count = 0;
			for (Iterator<Map.Entry<List<Object>, Map<Object, P>>> it = entries(); it.hasNext();) {
				count += it.next().getValue().size();
			}
			return count;
		}

		private boolean pastRange(Object value) {
			return this.range != null && this.range.to() != null && value instanceof Instant at
					&& at.isAfter(this.range.to());
		}

		private boolean inRange(Object value) {
			if (!(value instanceof Instant at)) {
				return false;
			}
			if (this.range.from() != null && (at.isBefore(this.range.from())
					|| !this.range.fromInclusive() && at.equals(this.range.from()))) {
				return false;
			}
			return this.range.to() == null || at.isBefore(this.range.to())
					|| this.range.toInclusive() && at.equals(this.range.to());
		}

	}

	/**
	 * Several ranges merged into one walk in the order of the keys after the pinned ones
	 * (within one range, every key shares the pinned values, so the index's order is that
	 * order).
	 */
	private final class Merged implements Iterator<P> {

		private final int pinned;

		private final PriorityQueue<Head> heads;

		private Iterator<P> current = Collections.emptyIterator();

		Merged(List<Iterator<Map.Entry<List<Object>, Map<Object, P>>>> sources, int pinned) {
			this.pinned = pinned;
			this.heads = new PriorityQueue<>(Math.max(1, sources.size()),
					(x, y) -> afterPinned(x.entry.getKey(), y.entry.getKey()));
			sources.forEach(this::advance);
		}

		private int afterPinned(List<Object> a, List<Object> b) {
			for (int i = this.pinned; i < a.size() && i < b.size(); i++) {
				int c = OrderedIndex.this.perKey.get(i).compare(a.get(i), b.get(i));
				if (c != 0) {
					return c;
				}
			}
			return 0;
		}

		private void advance(Iterator<Map.Entry<List<Object>, Map<Object, P>>> source) {
			if (source.hasNext()) {
				this.heads.add(new Head(source.next(), source));
			}
		}

		@Override
		public boolean hasNext() {
			synchronized (OrderedIndex.this) {
				while (!this.current.hasNext()) {
					Head head = this.heads.poll();
					if (head == null) {
						return false;
					}
					this.current = List.copyOf(head.entry.getValue().values()).iterator();
					advance(head.source);
				}
				return true;
			}
		}

		@Override
		public P next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.current.next();
		}

		private final class Head {

			private final Map.Entry<List<Object>, Map<Object, P>> entry;

			private final Iterator<Map.Entry<List<Object>, Map<Object, P>>> source;

			Head(Map.Entry<List<Object>, Map<Object, P>> entry,
					Iterator<Map.Entry<List<Object>, Map<Object, P>>> source) {
				this.entry = entry;
				this.source = source;
			}

		}

	}

}
