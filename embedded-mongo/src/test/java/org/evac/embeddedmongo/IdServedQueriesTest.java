package org.evac.embeddedmongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding documents by {@code _id} first changes how the embedded server finds them,
 * never what it finds: every query and write answers exactly as the library's own scan
 * does.
 */
class IdServedQueriesTest {

	private static final List<Bson> QUERIES = List.of(Filters.and(Filters.eq("_id", "m-3"), Filters.eq("version", 3)),
			Filters.and(Filters.eq("_id", "m-3"), Filters.eq("version", 4)),
			Filters.and(Filters.in("_id", "m-1", "m-2", "m-7", "nobody"), Filters.eq("state", "PENDING")),
			Filters.and(Filters.in("_id", "m-1", "m-2", "m-7"), Filters.lt("version", 5),
					Filters.or(Filters.eq("state", "PENDING"), Filters.eq("state", "FAILED"))),
			Filters.and(Filters.gt("_id", "m-5"), Filters.eq("state", "PENDING")), Filters.eq("_id", "m-8"),
			Filters.eq("state", "FAILED"), Filters.and(Filters.eq("_id", "nobody"), Filters.eq("state", "PENDING")));

	@Test
	void queriesNamingIdsFindWhatAScanFinds() {
		assertThat(answers(new IdServedMemoryBackend(), this::find))
			.isEqualTo(answers(new MemoryBackend(), this::find));
	}

	@Test
	void writesNamingIdsChangeWhatAScanWouldChange() {
		assertThat(answers(new IdServedMemoryBackend(), this::writeThenReadAll))
			.isEqualTo(answers(new MemoryBackend(), this::writeThenReadAll));
	}

	@Test
	void theFileBackendAnswersAsTheMemoryBackend(@TempDir Path dir) {
		assertThat(answers(new DurableH2Backend(dir.resolve("evac.mv.db").toString()), this::find))
			.isEqualTo(answers(new MemoryBackend(), this::find));
	}

	@Test
	void aFileWrittenByTheLibrarysOwnBackendOpensWithAllItsDocuments(@TempDir Path dir) {
		String file = dir.resolve("evac.mv.db").toString();
		H2Backend plain = new H2Backend(file);
		List<String> written = answers(plain, this::find);
		plain.close();

		List<String> reopened = answers(new DurableH2Backend(file), collection -> {
			List<String> found = find(collection);
			assertThat(collection.countDocuments()).isEqualTo(20); // nothing written
																	// twice
			return found;
		});

		assertThat(reopened).isEqualTo(written);
	}

	private List<String> find(MongoCollection<Document> collection) {
		List<String> found = new ArrayList<>();
		for (Bson query : QUERIES) {
			found.add(collection.find(query).sort(new Document("_id", 1)).into(new ArrayList<>()).toString());
		}
		return found;
	}

	private List<String> writeThenReadAll(MongoCollection<Document> collection) {
		List<String> results = new ArrayList<>();
		results.add(String.valueOf(collection
			.updateOne(Filters.and(Filters.eq("_id", "m-3"), Filters.eq("version", 3)), Updates.inc("version", 1))
			.getModifiedCount()));
		results.add(String.valueOf(collection
			.updateOne(Filters.and(Filters.eq("_id", "m-3"), Filters.eq("version", 3)), Updates.inc("version", 1))
			.getModifiedCount()));
		results.add(String.valueOf(
				collection
					.updateMany(Filters.and(Filters.in("_id", "m-1", "m-2", "m-4"), Filters.eq("state", "PENDING")),
							Updates.set("owner", "sender-1"))
					.getModifiedCount()));
		results.add(String
			.valueOf(collection.deleteOne(Filters.and(Filters.eq("_id", "m-6"), Filters.eq("state", "FAILED")))
				.getDeletedCount()));
		results.add(String
			.valueOf(collection.findOneAndUpdate(Filters.and(Filters.eq("_id", "m-7"), Filters.eq("state", "PENDING")),
					Updates.set("state", "FAILED"))));
		results.add(collection.find().sort(new Document("_id", 1)).into(new ArrayList<>()).toString());
		return results;
	}

	private static List<String> answers(MongoBackend backend, Function<MongoCollection<Document>, List<String>> use) {
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoCollection<Document> collection = client.getDatabase("evac").getCollection("outbox");
			if (collection.countDocuments() == 0) {
				for (int i = 0; i < 20; i++) {
					collection.insertOne(new Document("_id", "m-" + i).append("version", i % 6)
						.append("state", (i % 3 == 0) ? "FAILED" : "PENDING"));
				}
			}
			return use.apply(collection);
		}
		finally {
			server.shutdownNow();
		}
	}

}
