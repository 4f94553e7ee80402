package org.evac.embeddedmongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents are stored as BSON: every value a client can send comes back the same after
 * the file is closed and opened again, and documents the library stored in its own form
 * are read, changed and kept beside them.
 */
class BsonDocumentsTest {

	@Test
	void everyKindOfValueComesBackAsItWasStored(@TempDir Path dir) {
		String file = dir.resolve("evac.mv.db").toString();
		Document stored = new Document("_id", new ObjectId()).append("text", "Бахмут, вул. Миру 🏠")
			.append("int", 42)
			.append("long", 5_000_000_001L)
			.append("double", 48.595)
			.append("yes", true)
			.append("nothing", null)
			.append("at", new Date(1_764_000_000_000L))
			.append("decimal", Decimal128.parse("12.50"))
			.append("uuid", UUID.fromString("9b2f7c1e-3d4a-4c5b-8e6f-0a1b2c3d4e5f"))
			.append("bytes", new Binary(new byte[] { 1, 2, 3 }))
			.append("needs", List.of("ELDERLY", "BEDRIDDEN"))
			.append("details", new Document("settlement", new Document("code", "UA14040030010031300"))
				.append("children", List.of(new Document("age", 3), new Document("age", 7))));
		DurableH2Backend writing = new DurableH2Backend(file);
		RequestsOnAServer.use(writing, requests -> requests.insertOne(stored));
		writing.close();

		DurableH2Backend reading = new DurableH2Backend(file);
		List<Document> read = new ArrayList<>();
		RequestsOnAServer.use(reading, requests -> requests.find().into(read));
		reading.close();

		assertThat(read).containsExactly(stored);
	}

	@Test
	void documentsTheLibraryStoredAreReadAndChangedBesideNewOnes(@TempDir Path dir) {
		String file = dir.resolve("evac.mv.db").toString();
		H2Backend library = new H2Backend(file);
		RequestsOnAServer.use(library, requests -> {
			for (int n = 0; n < 50; n++) {
				requests.insertOne(new Document("_id", "old-" + n).append("n", n));
			}
		});
		library.close();

		DurableH2Backend ours = new DurableH2Backend(file);
		RequestsOnAServer.use(ours, requests -> {
			requests.insertOne(new Document("_id", "new-0").append("n", 50));
			requests.updateOne(Filters.eq("_id", "old-7"), Updates.set("seen", true));
		});
		ours.close();

		DurableH2Backend again = new DurableH2Backend(file);
		RequestsOnAServer.use(again, requests -> {
			assertThat(requests.countDocuments()).isEqualTo(51);
			assertThat(requests.find(Filters.eq("_id", "old-7")).first()).containsEntry("seen", true)
				.containsEntry("n", 7);
			assertThat(requests.find(Filters.eq("_id", "old-49")).first()).containsEntry("n", 49);
			assertThat(requests.find(Filters.eq("_id", "new-0")).first()).containsEntry("n", 50);
		});
		again.close();
	}

}
