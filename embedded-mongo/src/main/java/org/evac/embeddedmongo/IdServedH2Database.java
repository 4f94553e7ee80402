package org.evac.embeddedmongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database whose collections find documents by {@code _id} first and by non-unique
 * indexes ({@link SecondaryIndex}). The maps are named as the library names them (version
 * 1.47), so files written before stay readable; the non-unique indexes are not stored but
 * filled from the documents when a query first needs them after the file is opened.
 */
class IdServedH2Database extends H2Database {

	private final MVStore store;

	private final int batchBytes;

	IdServedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry, int batchBytes) {
		super(databaseName, store, cursorRegistry);
		this.store = store;
		this.batchBytes = batchBytes;
		initializeNamespacesAndIndexes();
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

	/** The library would ignore a non-unique index; see {@link SecondaryIndex}. */
	@Override
	protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		if (!SecondaryIndex.canServe(keys)) {
			return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
		}
		return new SecondaryIndex<>(indexName, keys, sparse);
	}

	@Override
	protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
		String namespace = getFullCollectionNamespace(collectionName);
		MVMap<Object, Document> data = this.store.openMap("databases." + namespace);
		MVMap<String, Object> meta = this.store.openMap("meta." + namespace);
		return new IdServedH2Collection(this, collectionName, options, data, meta, this.cursorRegistry,
				this.batchBytes);
	}

}
