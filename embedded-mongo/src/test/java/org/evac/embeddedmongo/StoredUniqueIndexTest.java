package org.evac.embeddedmongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unique indexes keep their keys in value order: they find, refuse and answer ranges as
 * before, and a file written by the library's own backend (keys ordered by their
 * serialized bytes) is rewritten in that order once, when it is first opened.
 */
class StoredUniqueIndexTest {

	@Test
	void aUniqueIndexFindsItsDocumentsAndRefusesASecondWithTheSameKey(@TempDir Path dir) {
		RequestsOnAServer.use(new DurableH2Backend(dir.resolve("evac.mv.db").toString()), requests -> {
			requests.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
			for (int i = 0; i < 300; i++) {
				requests.insertOne(request(i));
			}

			assertThat(requests.find(Filters.eq("number", "EV-117")).first().getInteger("n")).isEqualTo(117);
			assertThat(requests.find(Filters.in("number", "EV-3", "EV-299", "EV-none")).into(new ArrayList<>()))
				.hasSize(2);
			long fromEv290 = java.util.stream.IntStream.range(0, 300)
				.filter(i -> ("EV-" + i).compareTo("EV-290") >= 0)
				.count();
			assertThat(requests.countDocuments(Filters.gte("number", "EV-290"))).isEqualTo(fromEv290);
			assertThatThrownBy(() -> requests.insertOne(new Document("number", "EV-117")))
				.isInstanceOf(MongoWriteException.class)
				.hasMessageContaining("duplicate key");
		});
	}

	@Test
	void aFileWrittenByTheLibrarysBackendIsRewrittenInKeyOrderOnce(@TempDir Path dir) {
		String file = dir.resolve("evac.mv.db").toString();
		List<ObjectId> ids = new ArrayList<>();
		H2Backend library = new H2Backend(file);
		RequestsOnAServer.use(library, requests -> {
			requests.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
			for (int i = 0; i < 200; i++) {
				Document request = request(i);
				requests.insertOne(request);
				ids.add(request.getObjectId("_id"));
			}
		});
		library.close();

		for (int opening = 0; opening < 2; opening++) {
			DurableH2Backend ours = new DurableH2Backend(file);
			RequestsOnAServer.use(ours, requests -> {
				assertThat(requests.find(Filters.eq("number", "EV-42")).first().getInteger("n")).isEqualTo(42);
				assertThat(requests.find(Filters.eq("_id", ids.get(7))).first().getInteger("n")).isEqualTo(7);
				assertThat(requests.countDocuments()).isEqualTo(200);
				assertThatThrownBy(() -> requests.insertOne(new Document("number", "EV-42")))
					.isInstanceOf(MongoWriteException.class);
				assertThat(requests.find().sort(Sorts.ascending("number")).limit(1).first().getString("number"))
					.isEqualTo("EV-0");
			});
			ours.close();
		}

		MVStore store = MVStore.open(file);
		try {
			assertThat(store.getMapNames()).filteredOn(name -> name.contains("._index_"))
				.allMatch(name -> name.endsWith(".ordered"))
				.contains("evac.requests._index_number_1.ordered", "evac.requests._index__id_.ordered");
		}
		finally {
			store.close();
		}
	}

	private static Document request(int n) {
		return new Document("_id", new ObjectId()).append("number", "EV-" + n).append("n", n);
	}

}
