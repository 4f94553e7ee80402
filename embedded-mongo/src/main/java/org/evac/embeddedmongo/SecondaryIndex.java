package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index for the embedded server, which has only unique ones: without it,
 * {@code {chatId: 123}} on the requests reads every request.
 *
 * <p>
 * It is kept in memory only. It finds the documents whose indexed values equal those a
 * query asks for ({@link EqualityQuery}), or, for an index over one key, whose dates fall
 * in the range a query asks for ({@link DateRange}); the collection then matches the
 * whole query against each of them, so the index may offer more documents than match,
 * never fewer. Documents it cannot file reliably ({@link IndexedValues}) are offered to
 * every lookup. It never refuses a write, as the library's stand-in for it did not
 * either.
 *
 * <p>
 * It holds nothing and ignores writes until it is put in use ({@link #putInUse}), filled
 * from the documents while no write can run; from then on every write keeps it exact. In
 * the H2 file every index is put in use when it is created and when the file is opened,
 * all of a collection's from one read of its documents ({@link #putAllInUse}): filled at
 * a query instead, each of a dozen indexes read every document at its first query, one by
 * one, while volunteers and residents waited. In memory (tests) an index is filled when a
 * query first needs it.
 *
 * @param <P> the backend's position of a document
 */
class SecondaryIndex<P> extends Index<P> {

	private static final String ID = "_id";

	private final List<String> paths;

	private final Postings<P> postings = new Postings<>();

	/** Documents offered to every lookup, by {@code _id}. */
	private final Map<Object, P> unfiled = new HashMap<>();

	/**
	 * Documents filed under more than one key (an array): a sort orders them by one of
	 * their values, which the index cannot tell.
	 */
	private long multiKeyed;

	/**
	 * Whether the index holds every document and follows the writes. Volatile so that a
	 * query can see it without waiting for the collection's lock.
	 */
	private volatile boolean inUse;

	SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.paths = keys.stream().map(IndexKey::getKey).toList();
	}

	/** Whether an index over these keys can serve queries; if not, do not make one. */
	static boolean canServe(List<IndexKey> keys) {
		return IndexedValues.followable(keys.stream().map(IndexKey::getKey).toList());
	}

	/**
	 * Null: many documents may share the values, and the collection takes a document's
	 * position from its unique indexes.
	 */
	@Override
	public P getPosition(Document document) {
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<P> collection) {
	}

	boolean isInUse() {
		return this.inUse;
	}

	/**
	 * Fills the index from every document of its collection and has it follow the writes
	 * from now on, unless it is in use already. The caller holds the collection's lock,
	 * as every write does, so that no write falls between reading the documents and
	 * following the writes: one it missed would be missing from its answers for good.
	 */
	void putInUse(Supplier<Stream<DocumentWithPosition<P>>> documents) {
		putAllInUse(List.of(this), documents);
	}

	/**
	 * Fills every one of the indexes that is out of use from one read of the documents,
	 * as {@link #putInUse} fills one: the caller holds the collection's lock. Each
	 * index's own lock is taken, in the order given, for the whole read, and the indexes
	 * out of use are chosen under it.
	 */
	static <P> void putAllInUse(List<? extends SecondaryIndex<P>> indexes,
			Supplier<Stream<DocumentWithPosition<P>>> documents) {
		fillHolding(indexes, 0, documents);
	}

	private static <P> void fillHolding(List<? extends SecondaryIndex<P>> given, int locked,
			Supplier<Stream<DocumentWithPosition<P>>> documents) {
		if (locked < given.size()) {
			synchronized (given.get(locked)) {
				fillHolding(given, locked + 1, documents);
			}
			return;
		}
		List<SecondaryIndex<P>> indexes = given.stream()
			.filter(index -> !index.isInUse())
			.map(index -> (SecondaryIndex<P>) index)
			.toList();
		if (indexes.isEmpty()) {
			return;
		}
		try (Stream<DocumentWithPosition<P>> all = documents.get()) {
			all.forEach(each -> indexes.forEach(index -> index.file(each.getDocument(), each.getPosition())));
		}
		catch (RuntimeException ex) {
			indexes.forEach(SecondaryIndex::drop);
			throw ex;
		}
		indexes.forEach(index -> index.inUse = true);
	}

	/**
	 * Whether the collection should fill the index when it is added: not while it is out
	 * of use, so that opening a file or creating an index does not read every document
	 * for an index no query may ever need.
	 */
	@Override
	public boolean isEmpty() {
		return this.inUse && super.isEmpty();
	}

	/**
	 * Sparse while out of use: the collection takes a document it removes out of every
	 * index and fails if an index that is not sparse does not know the document's
	 * position, which an index out of use cannot (the library's stand-in for a non-unique
	 * index, {@code EmptyIndex}, is sparse for the same reason). The sparse option the
	 * collection compares when an index is created again is fixed at creation, not read
	 * from here.
	 */
	@Override
	protected boolean isSparse() {
		return super.isSparse() || !this.inUse;
	}

	@Override
	public synchronized void add(Document document, P position, MongoCollection<P> collection) {
		if (this.inUse) {
			file(document, position);
		}
	}

	/**
	 * Files the document at its position. Called with the index's lock held; an index
	 * that keeps its documents otherwise ({@link OrderedIndex}) files them its own way.
	 */
	protected void file(Document document, P position) {
		Object id = idOf(document);
		Set<Object> keys = IndexedValues.of(this.paths, document);
		if (keys == null) {
			this.unfiled.put(id, position);
			return;
		}
		for (Object key : keys) {
			this.postings.add(key, id, position);
		}
		if (keys.size() > 1) {
			this.multiKeyed++;
		}
	}

	@Override
	public synchronized P remove(Document document) {
		if (!this.inUse) {
			return null;
		}
		Object id = idOf(document);
		Set<Object> keys = IndexedValues.of(this.paths, document);
		if (keys == null) {
			return this.unfiled.remove(id);
		}
		P removed = null;
		for (Object key : keys) {
			P position = this.postings.remove(key, id);
			if (position != null) {
				removed = position;
			}
		}
		if (removed != null && keys.size() > 1) {
			this.multiKeyed--;
		}
		return removed;
	}

	@Override
	public synchronized boolean canHandle(Document query) {
		return EqualityQuery.lookups(this.paths, query) != null || DateRange.of(this.paths, query) != null;
	}

	/**
	 * The candidates in the collection's natural order where positions tell it (the
	 * memory backend's slots, the H2 backend's ids of one type), so a query the index
	 * serves lists documents in the order a scan would.
	 */
	@Override
	public synchronized Iterable<P> getPositions(Document query) {
		List<Object> lookups = EqualityQuery.lookups(this.paths, query);
		DateRange range = (lookups != null) ? null : DateRange.of(this.paths, query);
		if (lookups == null && range == null) {
			throw new IllegalArgumentException("Not a query of " + getName() + ": " + query);
		}
		if (!this.inUse) {
			throw new IllegalStateException("Index " + getName() + " is not in use yet: it would find nothing");
		}
		Set<P> candidates = new LinkedHashSet<>();
		if (lookups != null) {
			for (Object key : lookups) {
				this.postings.collect(key, candidates);
			}
		}
		else {
			this.postings.collect(range, candidates);
		}
		candidates.addAll(this.unfiled.values());
		return inNaturalOrder(candidates);
	}

	/**
	 * For a query that asks nothing but a range of dates of this index's key, sorted by
	 * that key ascending (then perhaps by {@code _id}): the candidates of its first
	 * {@code limit} answers, so that "the 200 most overdue" reads about 200 documents
	 * however many are due. Null when the index cannot tell which those are (other
	 * conditions, another order, documents it does not file by one date); the query is
	 * then served as any other.
	 */
	synchronized Iterable<P> first(Document query, Document orderBy, int limit) {
		String path = this.paths.get(0);
		DateRange range = DateRange.of(this.paths, query);
		if (range == null || limit <= 0 || !this.inUse || !this.unfiled.isEmpty() || this.multiKeyed > 0
				|| !query.keySet().equals(Set.of(path)) || !sortsBy(orderBy, path)) {
			return null;
		}
		return inNaturalOrder(new LinkedHashSet<>(this.postings.first(range, limit)));
	}

	private static boolean sortsBy(Document orderBy, String path) {
		if (orderBy == null || orderBy.isEmpty()) {
			return false;
		}
		List<String> keys = List.copyOf(orderBy.keySet());
		boolean ascending = orderBy.get(path) instanceof Number direction && direction.intValue() == 1;
		return ascending && keys.get(0).equals(path)
				&& (keys.size() == 1 || keys.size() == 2 && keys.get(1).equals(ID));
	}

	@Override
	public synchronized long getCount() {
		return this.postings.size() + this.unfiled.size();
	}

	/** Nothing is stored: the index lives in memory only. */
	@Override
	public long getDataSize() {
		return 0;
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
	}

	@Override
	public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
			MongoCollection<P> collection) {
		if (!this.inUse) {
			return;
		}
		if (Objects.equals(idOf(oldDocument), idOf(newDocument)) && Objects
			.equals(IndexedValues.of(this.paths, oldDocument), IndexedValues.of(this.paths, newDocument))) {
			return;
		}
		remove(oldDocument);
		file(newDocument, position);
	}

	/** Empties the index and takes it out of use: a query would fill it again. */
	@Override
	public synchronized void drop() {
		this.inUse = false;
		this.postings.clear();
		this.unfiled.clear();
		this.multiKeyed = 0;
	}

	protected List<String> paths() {
		return this.paths;
	}

	/**
	 * The {@code _id} to keep beside a position: the backend's position is often the
	 * {@code _id} itself (the H2 backend's), and then one instance serves as both.
	 */
	static Object sharedId(Object id, Object position) {
		return id.equals(position) ? position : id;
	}

	static Object idOf(Document document) {
		return IndexedValues.key(Collections.singletonList(document.get(ID)));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static <P> Iterable<P> inNaturalOrder(Collection<P> candidates) {
		List<P> ordered = new ArrayList<>(candidates);
		if (ordered.size() < 2) {
			return ordered;
		}
		Class<?> type = ordered.get(0).getClass();
		if (Comparable.class.isAssignableFrom(type) && ordered.stream().allMatch(p -> p.getClass() == type)) {
			ordered.sort((a, b) -> ((Comparable) a).compareTo(b));
		}
		return ordered;
	}

}
