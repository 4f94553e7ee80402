package org.evac.embeddedmongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ids and unique keys are stored in a compact form: they come back equal, in the order
 * the library kept them, and a file the library wrote in its own form is read, changed
 * and added to beside them.
 */
class CompactKeysTest {

	@Test
	void idsAndUniqueKeysComeBackEqual() {
		CompactKeys keys = new CompactKeys();
		de.bwaldvogel.mongo.bson.ObjectId id = new de.bwaldvogel.mongo.bson.ObjectId();
		List<Object> values = List.of(id, "EV-500001", 5_000_000_001L, 42, Missing.getInstance(),
				new KeyValue(Arrays.asList("EV-1", null, Missing.getInstance(), id)), "Бахмут 🏠");
		for (Object value : values) {
			WriteBuffer buffer = new WriteBuffer();
			keys.write(buffer, value);
			var read = buffer.getBuffer().flip();
			assertThat(keys.read(read)).isEqualTo(value);
			assertThat(read.hasRemaining()).isFalse();
		}
	}

	@Test
	void anIdTakesItsTwelveBytesAndATag() {
		WriteBuffer buffer = new WriteBuffer();
		new CompactKeys().write(buffer, new de.bwaldvogel.mongo.bson.ObjectId());
		assertThat(buffer.position()).isEqualTo(13);
	}

	@Test
	void aMapWrittenInTheLibrarysFormIsReadInItsOrderAndAddedTo(@TempDir Path dir) {
		String file = dir.resolve("keys.mv.db").toString();
		List<de.bwaldvogel.mongo.bson.ObjectId> ids = new ArrayList<>();
		for (int n = 0; n < 3_000; n++) {
			ids.add(new de.bwaldvogel.mongo.bson.ObjectId());
		}
		try (MVStore store = new MVStore.Builder().fileName(file).open()) {
			MVMap<Object, Object> library = store.openMap("data");
			ids.subList(0, 2_000).forEach(id -> library.put(id, id.getHexData()));
		}
		try (MVStore store = new MVStore.Builder().fileName(file).open()) {
			MVMap<Object, Object> ours = store.openMap("data", new MVMap.Builder<>().keyType(new CompactKeys()));
			ids.subList(2_000, 3_000).forEach(id -> ours.put(id, id.getHexData()));
			ids.subList(0, 1_000).forEach(id -> ours.put(id, "changed"));
		}
		try (MVStore store = new MVStore.Builder().fileName(file).open()) {
			MVMap<Object, Object> again = store.openMap("data", new MVMap.Builder<>().keyType(new CompactKeys()));
			assertThat(new ArrayList<>(again.keySet())).containsExactlyElementsOf(ids.stream().sorted().toList());
			assertThat(again.get(ids.get(0))).isEqualTo("changed");
			assertThat(again.get(ids.get(1_500))).isEqualTo(ids.get(1_500).getHexData());
			assertThat(again.get(ids.get(2_999))).isEqualTo(ids.get(2_999).getHexData());
		}
	}

	@Test
	void requestsTheLibraryStoredAreFoundByIdAndUniqueKeyBesideNewOnes(@TempDir Path dir) {
		String file = dir.resolve("evac.mv.db").toString();
		List<ObjectId> ids = new ArrayList<>();
		H2Backend library = new H2Backend(file);
		RequestsOnAServer.use(library, requests -> {
			requests.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
			for (int n = 0; n < 1_000; n++) {
				ObjectId id = new ObjectId();
				ids.add(id);
				requests.insertOne(new Document("_id", id).append("number", "EV-" + n));
			}
		});
		library.close();

		DurableH2Backend ours = new DurableH2Backend(file);
		RequestsOnAServer.use(ours, requests -> {
			for (int n = 1_000; n < 1_500; n++) {
				ObjectId id = new ObjectId();
				ids.add(id);
				requests.insertOne(new Document("_id", id).append("number", "EV-" + n));
			}
			requests.updateOne(Filters.eq("_id", ids.get(7)), Updates.set("seen", true));
		});
		ours.close();

		DurableH2Backend again = new DurableH2Backend(file);
		RequestsOnAServer.use(again, requests -> {
			assertThat(requests.countDocuments()).isEqualTo(1_500);
			assertThat(requests.find(Filters.eq("_id", ids.get(7))).first()).containsEntry("seen", true)
				.containsEntry("number", "EV-7");
			assertThat(requests.find(Filters.eq("number", "EV-999")).first()).containsEntry("_id", ids.get(999));
			assertThat(requests.find(Filters.eq("number", "EV-1499")).first()).containsEntry("_id", ids.get(1_499));
			List<Object> inOrder = new ArrayList<>();
			requests.find().sort(Sorts.ascending("_id")).forEach(d -> inOrder.add(d.get("_id")));
			assertThat(inOrder).containsExactlyElementsOf(ids.stream().sorted().map(Object.class::cast).toList());
			assertThatThrownBy(() -> requests.insertOne(new Document("_id", new ObjectId()).append("number", "EV-8")))
				.isInstanceOf(MongoWriteException.class)
				.hasMessageContaining("duplicate key");
		});
		again.close();
	}

}
