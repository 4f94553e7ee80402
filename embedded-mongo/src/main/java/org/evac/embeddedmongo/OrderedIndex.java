package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.Arrays;
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
 * A compound index that keeps its documents in the index's order, as MongoDB's B-trees
 * do, so that it serves what MongoDB serves with one: equality or {@code $in} on its
 * leading keys, then
 * <ul>
 * <li>a sort by the keys that follow, read in order and stopped once enough documents
 * match ({@link #walk}: "the first page of the open requests, most urgent first" reads
 * about a page, not every open request);</li>
 * <li>a count of a query that asks nothing else, from the index alone ({@link #count},
 * kept per combination of leading values, {@link PrefixCounts});</li>
 * <li>a range of dates on the key that follows ({@link #getPositions}).</li>
 * </ul>
 * It knows nothing of requests: any compound index declared on any collection is one, and
 * a query only has to start with the index's keys to use it.
 *
 * <p>
 * Documents that hold an array at one of the keys (or values {@link IndexedValues} cannot
 * file) have no single place in the order: they are offered to every lookup, and while
 * any are in the index, it serves nothing in order and counts nothing (the collection
 * then matches every candidate or scans).
 *
 * <p>
 * It is kept in memory, filled when a query first needs it ({@link SecondaryIndex}): with
 * 100,000 requests and four such indexes in use, it is most of what the embedded server
 * holds, so each document is one small array in one tree.
 *
 * @param <P> the backend's position of a document
 */
final class OrderedIndex<P> extends SecondaryIndex<P> {

	/** More combinations of leading values than this are not walked. */
	private static final int MAX_COMBINATIONS = 1000;

	private final List<Comparator<Object>> perKey;

	/**
	 * Each document filed once, by its values in the index's order then its {@code _id}
	 * (the last element of the array), with its position. One small array and one tree
	 * entry per document: this is most of the memory the embedded server keeps per stored
	 * document, so nothing else is kept per document (the equalities a
	 * {@link SecondaryIndex} answers from its postings are ranges of this order too).
	 */
	private final TreeMap<Object[], P> ordered;

	/** Documents with no single place in the order: their positions by {@code _id}. */
	private final Map<Object, P> unordered = new HashMap<>();

	/** How many documents each combination of leading values holds. */
	private final PrefixCounts counts;

	/** One instance of each value of the few-valued keys ({@link Canonical}). */
	private final Canonical canonical;

	OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.perKey = keys.stream()
			.map(key -> key.isAscending() ? (Comparator<Object>) ValueComparator.asc()
					: (Comparator<Object>) ValueComparator.desc())
			.toList();
		this.ordered = new TreeMap<>(this::compare);
		this.canonical = new Canonical(keys.size());
		this.counts = new PrefixCounts(keys.size());
	}

	/** Whether an index over these keys is kept in order: a compound one. */
	static boolean keepsOrder(List<IndexKey> keys) {
		return keys.size() > 1;
	}

	/**
	 * Element by element, the keys in the index's directions and the {@code _id}
	 * ascending; a shorter array (a prefix) first on a tie.
	 */
	private int compare(Object[] a, Object[] b) {
		int c = compareFrom(0, a, b);
		return (c != 0) ? c : Integer.compare(a.length, b.length);
	}

	/** The first difference from element {@code from} on, as {@link #compare} orders. */
	private int compareFrom(int from, Object[] a, Object[] b) {
		int common = Math.min(a.length, b.length);
		for (int i = from; i < common; i++) {
			Comparator<Object> order = (i < this.perKey.size()) ? this.perKey.get(i) : ValueComparator.asc();
			int c = order.compare(a[i], b[i]);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	@Override
	protected void file(Document document, P position) {
		Object id = sharedId(idOf(document), position);
		Set<Object> keys = IndexedValues.of(paths(), document);
		if (keys == null || keys.size() != 1) {
			this.unordered.put(id, position);
			return;
		}
		Object[] entry = entry(keys.iterator().next(), id);
		if (this.ordered.put(entry, position) == null) {
			this.counts.add(entry);
		}
	}

	@Override
	public synchronized P remove(Document document) {
		if (!isInUse()) {
			return null;
		}
		Object id = idOf(document);
		Set<Object> keys = IndexedValues.of(paths(), document);
		if (keys == null || keys.size() != 1) {
			return this.unordered.remove(id);
		}
		Object[] entry = entry(keys.iterator().next(), id);
		P removed = this.ordered.remove(entry);
		if (removed != null) {
			this.counts.remove(entry);
		}
		return removed;
	}

	private Object[] entry(Object key, Object id) {
		KeyValue values = (KeyValue) key;
		Object[] entry = new Object[values.size() + 1];
		for (int i = 0; i < values.size(); i++) {
			entry[i] = this.canonical.of(i, values.get(i));
		}
		entry[values.size()] = id;
		return entry;
	}

	@Override
	public synchronized void drop() {
		super.drop();
		this.ordered.clear();
		this.unordered.clear();
		this.canonical.clear();
		this.counts.clear();
	}

	@Override
	public synchronized long getCount() {
		return this.ordered.size() + this.unordered.size();
	}

	/** Not for a compound index: it reads no single date key. */
	@Override
	synchronized Iterable<P> first(Document query, Document orderBy, int limit) {
		return null;
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
		return ranges.get(0).prefix().length + ((ranges.get(0).range() != null) ? 1 : 0);
	}

	/**
	 * Whether the query pins every key to values: then it is served ahead of queries that
	 * only pin leading keys, as any secondary index's query.
	 */
	synchronized boolean pinsEveryKey(Document query) {
		return super.canHandle(query);
	}

	@Override
	public synchronized Iterable<P> getPositions(Document query) {
		if (!isInUse()) {
			throw new IllegalStateException("Index " + getName() + " is not in use yet: it would find nothing");
		}
		List<Range> ranges = ranges(query);
		if (ranges == null) {
			throw new IllegalArgumentException("Not a query of " + getName() + ": " + query);
		}
		List<P> positions = new ArrayList<>();
		for (Range range : ranges) {
			range.entries().forEachRemaining(entry -> positions.add(entry.getValue()));
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
		int pinned = ranges.get(0).prefix().length;
		List<Iterator<Map.Entry<Object[], P>>> sources = new ArrayList<>();
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
		int pinned = ranges.get(0).prefix().length;
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
		List<Range> ranges = countedRanges(query);
		if (!isInUse() || !this.unordered.isEmpty() || ranges == null) {
			return -1;
		}
		long count = 0;
		for (Range range : ranges) {
			count += range.count();
		}
		return count;
	}

	/**
	 * Whether the query asks nothing but values of the leading keys (whether or not the
	 * index is in use): a count of it is read from the index alone.
	 */
	synchronized boolean canCount(Document query) {
		return countedRanges(query) != null;
	}

	/** The ranges to count for the query; null unless {@link #canCount}. */
	private List<Range> countedRanges(Document query) {
		List<Range> ranges = ranges(query);
		boolean leadingValuesOnly = ranges != null && ranges.get(0).range() == null
				&& LeadingKeys.asksOnly(query, paths().subList(0, ranges.get(0).prefix().length));
		return leadingValuesOnly ? ranges : null;
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
			ranges.add(new Range(prefix.toArray(), dates));
		}
		return ranges;
	}

	/**
	 * The documents whose leading keys are these values (and whose next key in range).
	 */
	private final class Range {

		private final Object[] prefix;

		private final DateRange range;

		Range(Object[] prefix, DateRange range) {
			this.prefix = prefix;
			this.range = range;
		}

		Object[] prefix() {
			return this.prefix;
		}

		DateRange range() {
			return this.range;
		}

		/**
		 * In the index's order, read lazily: the entries from the first that can match,
		 * until one no longer has the prefix (or is past the range of dates).
		 */
		Iterator<Map.Entry<Object[], P>> entries() {
			int next = this.prefix.length;
			boolean ascending = next < getKeys().size() && getKeys().get(next).isAscending();
			Object[] from = this.prefix;
			if (this.range != null && ascending && this.range.from() != null) {
				from = Arrays.copyOf(this.prefix, next + 1);
				from[next] = this.range.from();
			}
			// an iterator, not a stream: a stream over a map's view counts the view
			// first,
			// which reads every entry to the end of the index
			Iterator<Map.Entry<Object[], P>> tail = OrderedIndex.this.ordered.tailMap(from, true).entrySet().iterator();
			return new Iterator<>() {

				private Map.Entry<Object[], P> ahead = advance();

				private Map.Entry<Object[], P> advance() {
					while (tail.hasNext()) {
						Map.Entry<Object[], P> entry = tail.next();
						Object[] key = entry.getKey();
						if (!startsWithPrefix(key) || ascending && pastRange(key[next])) {
							return null;
						}
						if (Range.this.range == null || inRange(key[next])) {
							return entry;
						}
					}
					return null;
				}

				@Override
				public boolean hasNext() {
					return this.ahead != null;
				}

				@Override
				public Map.Entry<Object[], P> next() {
					if (this.ahead == null) {
						throw new NoSuchElementException();
					}
					Map.Entry<Object[], P> entry = this.ahead;
					this.ahead = advance();
					return entry;
				}

			};
		}

		private boolean startsWithPrefix(Object[] entry) {
			for (int i = 0; i < this.prefix.length; i++) {
				if (OrderedIndex.this.perKey.get(i).compare(entry[i], this.prefix[i]) != 0) {
					return false;
				}
			}
			return true;
		}

		long count() {
			long counted = (this.range == null) ? OrderedIndex.this.counts.count(this.prefix) : -1;
			if (counted >= 0) {
				return counted;
			}
			long count = 0;
			for (Iterator<Map.Entry<Object[], P>> it = entries(); it.hasNext(); it.next()) {
				count++;
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

		Merged(List<Iterator<Map.Entry<Object[], P>>> sources, int pinned) {
			this.pinned = pinned;
			this.heads = new PriorityQueue<>(Math.max(1, sources.size()),
					(x, y) -> afterPinned(x.entry.getKey(), y.entry.getKey()));
			sources.forEach(this::advance);
		}

		/** The keys after the pinned ones, then the {@code _id}. */
		private int afterPinned(Object[] a, Object[] b) {
			return compareFrom(this.pinned, a, b);
		}

		private void advance(Iterator<Map.Entry<Object[], P>> source) {
			if (source.hasNext()) {
				this.heads.add(new Head(source.next(), source));
			}
		}

		@Override
		public boolean hasNext() {
			synchronized (OrderedIndex.this) {
				return !this.heads.isEmpty();
			}
		}

		@Override
		public P next() {
			synchronized (OrderedIndex.this) {
				Head head = this.heads.poll();
				if (head == null) {
					throw new NoSuchElementException();
				}
				advance(head.source);
				return head.entry.getValue();
			}
		}

		private final class Head {

			private final Map.Entry<Object[], P> entry;

			private final Iterator<Map.Entry<Object[], P>> source;

			Head(Map.Entry<Object[], P> entry, Iterator<Map.Entry<Object[], P>> source) {
				this.entry = entry;
				this.source = source;
			}

		}

	}

	/**
	 * One instance of each value of a key that takes few values (a status, a group, a
	 * place's code): as read from the documents, every document brings its own copy, and
	 * with four indexes over a hundred thousand documents the copies of {@code "NEW"}
	 * alone took megabytes. A key found to take many values (a date, a number) is not
	 * shared: its map would cost more than the copies.
	 */
	private static final class Canonical {

		/** Distinct values of a key beyond which it is not shared. */
		private static final int MOST = 1024;

		private final List<Map<Object, Object>> perKey;

		Canonical(int keys) {
			this.perKey = new ArrayList<>(keys);
			clear(keys);
		}

		private void clear(int keys) {
			this.perKey.clear();
			for (int i = 0; i < keys; i++) {
				this.perKey.add(new HashMap<>());
			}
		}

		void clear() {
			clear(this.perKey.size());
		}

		Object of(int key, Object value) {
			Map<Object, Object> values = this.perKey.get(key);
			if (value == null || values == null) {
				return value;
			}
			Object shared = values.putIfAbsent(value, value);
			if (shared != null) {
				return shared;
			}
			if (values.size() > MOST) {
				this.perKey.set(key, null);
			}
			return value;
		}

	}

}
