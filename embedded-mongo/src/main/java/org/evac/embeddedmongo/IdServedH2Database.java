package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An H2 database whose collections find documents by {@code _id} first and by non-unique
 * indexes ({@link SecondaryIndex}). The maps are named as the library names them (version
 * 1.47), so files written before stay readable; the non-unique indexes are not stored but
 * filled from the documents, all of a collection's from one read, when the file is
 * opened.
 */
class IdServedH2Database extends H2Database {

	/** Suffix of a unique index's map ordered by {@link UniqueKeyOrder}. */
	private static final String ORDERED = ".ordered";

	private static final Logger log = LoggerFactory.getLogger(IdServedH2Database.class);

	private final MVStore store;

	private final Answering answering;

	/** The collections opened with the file, their indexes to fill once all are known. */
	private final List<IdServedH2Collection> opened = new ArrayList<>();

	private volatile boolean open;

	IdServedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry, Answering answering) {
		super(databaseName, store, cursorRegistry);
		this.store = store;
		this.answering = answering;
		initializeNamespacesAndIndexes();
		this.open = true;
		this.opened.forEach(IdServedH2Collection::putIndexesInUse);
		this.opened.clear();
	}

	/**
	 * The library opens the existing collections from its constructor, before this class
	 * has its store: they are opened once the store is there.
	 */
	@Override
	protected void initializeNamespacesAndIndexes() {
		if (this.store != null) {
			super.initializeNamespacesAndIndexes();
		}
	}

	/**
	 * A unique index in a map ordered by {@link UniqueKeyOrder}, named apart from the
	 * library's: a file written before holds the library's map, ordered otherwise, which
	 * is copied into the new one once, before the index is used (a copy cut short by a
	 * crash is made again, as the old map is removed only with the copy complete).
	 */
	@Override
	protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		if (this.store == null) {
			// the library's own collection, opened from its constructor (see below)
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}
		String libraryName = libraryMapName(collectionName, indexName);
		String name = libraryName + ORDERED;
		if (!this.store.hasMap(name) && this.store.hasMap(libraryName)) {
			copyInOrder(libraryName, name);
		}
		return new StoredUniqueIndex(this.store.openMap(name, orderedKeys()), indexName, keys, sparse);
	}

	private void copyInOrder(String libraryName, String name) {
		String copying = name + ".copying";
		if (this.store.hasMap(copying)) {
			this.store.removeMap(copying);
		}
		MVMap<KeyValue, Object> library = this.store.openMap(libraryName);
		MVMap<KeyValue, Object> copy = this.store.openMap(copying, orderedKeys());
		library.forEach(copy::put);
		this.store.renameMap(copy, name);
		this.store.removeMap(library);
		log.info("Unique index {} rewritten in key order ({} keys)", libraryName, copy.sizeAsLong());
	}

	/** The map the library keeps a unique index in (its own method is private). */
	private String libraryMapName(String collectionName, String indexName) {
		return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
	}

	private static MVMap.Builder<KeyValue, Object> orderedKeys() {
		return new MVMap.Builder<KeyValue, Object>().keyType(new UniqueKeyOrder()).valueType(new CompactKeys());
	}

	@Override
	protected void dropIndex(MongoCollection<Object> collection, String indexName) {
		super.dropIndex(collection, indexName);
		String name = libraryMapName(collection.getCollectionName(), indexName) + ORDERED;
		if (this.store.hasMap(name)) {
			this.store.removeMap(name);
		}
	}

	/** The library would ignore a non-unique index; see {@link SecondaryIndex}. */
	@Override
	protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		if (!SecondaryIndex.canServe(keys)) {
			return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
		}
		return OrderedIndex.keepsOrder(keys) ? new OrderedIndex<>(indexName, keys, sparse)
				: new SecondaryIndex<>(indexName, keys, sparse);
	}

	/**
	 * A count sent as an aggregation is answered as a count
	 * ({@link CountedAggregations}).
	 */
	@Override
	public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
			Oplog oplog) {
		Document counted = CountedAggregations.answer(this, command, query);
		return (counted != null) ? counted : super.handleCommand(channel, command, query, databaseResolver, oplog);
	}

	/**
	 * The library opens its own collections (the index descriptions) from its
	 * constructor, before this class has its fields: those are answered alike but not
	 * counted.
	 */
	private Answering answering() {
		return (this.answering != null) ? this.answering : new Answering(BoundedBatches.BATCH_BYTES);
	}

	@Override
	protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
		String namespace = getFullCollectionNamespace(collectionName);
		MVMap<Object, Document> data = this.store.openMap("databases." + namespace,
				new MVMap.Builder<Object, Document>().keyType(new CompactKeys()).valueType(new BsonDocuments()));
		MVMap<String, Object> meta = this.store.openMap("meta." + namespace);
		IdServedH2Collection collection = new IdServedH2Collection(this, collectionName, options, data, meta,
				this.cursorRegistry, answering(), () -> this.open);
		if (!this.open) {
			this.opened.add(collection);
		}
		return collection;
	}

}
