package org.evac.embeddedmongo;

import java.nio.file.Path;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An update never changes a document object the H2 map holds: the store may be writing
 * that object to the file from another thread at that moment (a commit serializes the
 * pages changed since the last one), which failed the commit, and every one after it.
 */
class UpdatesChangeCopiesTest {

	@Test
	void anUpdateAndAFindAndModifyStoreNewObjectsAndLeaveTheStoredOnesAsTheyWere(@TempDir Path dir) {
		DurableH2Backend backend = new DurableH2Backend(dir.resolve("evac.mv.db").toString());
		ObjectId id = new ObjectId();
		RequestsOnAServer.use(backend, requests -> {
			requests.insertOne(new Document("_id", id).append("status", "NEW")
				.append("details", new Document("address", "вул. Миру, 5")));
			MVMap<Object, de.bwaldvogel.mongo.bson.Document> stored = backend.getMvStore()
				.openMap("databases.evac.requests");
			Object key = new de.bwaldvogel.mongo.bson.ObjectId(id.toByteArray());
			de.bwaldvogel.mongo.bson.Document asInserted = stored.get(key);

			requests.updateOne(Filters.eq("_id", id),
					Updates.combine(Updates.set("status", "IN_PROGRESS"), Updates.set("details.floor", 3)));
			de.bwaldvogel.mongo.bson.Document asUpdated = stored.get(key);
			requests.findOneAndUpdate(Filters.eq("status", "IN_PROGRESS"), Updates.set("status", "EVACUATED"));

			assertThat(asInserted).containsEntry("status", "NEW");
			assertThat((de.bwaldvogel.mongo.bson.Document) asInserted.get("details")).doesNotContainKey("floor");
			assertThat(asUpdated).isNotSameAs(asInserted).containsEntry("status", "IN_PROGRESS");
			assertThat(stored.get(key)).isNotSameAs(asUpdated).containsEntry("status", "EVACUATED");
			assertThat(requests.find(Filters.eq("_id", id)).first()).containsEntry("status", "EVACUATED");
		});
		backend.close();
	}

}
