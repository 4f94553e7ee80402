package org.evac.embeddedmongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's own reads (a count, an aggregation, an update or delete of many, a
 * distinct) see every document, however many batches a client would take to read them:
 * only the answers that go on the wire are cut into batches ({@link BoundedBatches}), and
 * no read leaves a cursor behind that nobody will drain.
 */
class ServerOwnReadsTest {

	/** Small batches, so that a few thousand documents take many. */
	private static final int BATCH_BYTES = 16 * 1024;

	private static final int DOCUMENTS = 3_000;

	@Test
	void countsAndAggregationsSeeEveryDocumentInMemory() {
		on(new IdServedMemoryBackend(BATCH_BYTES), ServerOwnReadsTest::everyReadSeesEveryDocument);
	}

	@Test
	void countsAndAggregationsSeeEveryDocumentInTheFile(@TempDir Path dir) {
		on(new DurableH2Backend(dir.resolve("evac.mv.db").toString(), BATCH_BYTES),
				ServerOwnReadsTest::everyReadSeesEveryDocument);
	}

	@Test
	void aClientStillReadsEveryDocumentInManyBatches() {
		on(new IdServedMemoryBackend(BATCH_BYTES), database -> {
			MongoCollection<Document> requests = fill(database);

			List<Integer> numbers = requests.find(Filters.in("status", "NEW", "IN_PROGRESS"))
				.map(d -> d.getInteger("n"))
				.into(new ArrayList<>());

			assertThat(numbers).hasSize(DOCUMENTS * 2 / 3).doesNotHaveDuplicates();
			assertThat(openCursors(database)).isZero();
		});
	}

	private static void everyReadSeesEveryDocument(MongoDatabase database) {
		MongoCollection<Document> requests = fill(database);
		int open = DOCUMENTS * 2 / 3;

		assertThat(requests.countDocuments()).isEqualTo(DOCUMENTS);
		assertThat(requests.countDocuments(Filters.in("status", "NEW", "IN_PROGRESS"))).isEqualTo(open);
		assertThat(requests
			.aggregate(List
				.of(new Document("$group", new Document("_id", "$status").append("n", new Document("$sum", 1)))))
			.into(new ArrayList<>())).extracting(d -> d.getInteger("n"))
			.containsExactlyInAnyOrder(DOCUMENTS / 3, DOCUMENTS / 3, DOCUMENTS / 3);
		assertThat(requests.distinct("n", Integer.class).into(new ArrayList<>())).hasSize(DOCUMENTS);
		assertThat(requests.updateMany(Filters.eq("status", "NEW"), Updates.set("seen", true)).getModifiedCount())
			.isEqualTo(DOCUMENTS / 3);
		assertThat(requests.deleteMany(Filters.eq("status", "CLOSED")).getDeletedCount()).isEqualTo(DOCUMENTS / 3);
		assertThat(requests.countDocuments()).isEqualTo(open);
		assertThat(openCursors(database)).isZero();
	}

	private static MongoCollection<Document> fill(MongoDatabase database) {
		MongoCollection<Document> requests = database.getCollection("requests");
		String text = "x".repeat(500);
		List<String> statuses = List.of("NEW", "IN_PROGRESS", "CLOSED");
		List<Document> documents = new ArrayList<>();
		for (int n = 0; n < DOCUMENTS; n++) {
			documents.add(new Document("n", n).append("status", statuses.get(n % 3)).append("text", text));
		}
		requests.insertMany(documents);
		return requests;
	}

	private static long openCursors(MongoDatabase database) {
		Document status = database.runCommand(new Document("serverStatus", 1));
		return status.get("metrics", Document.class)
			.get("cursor", Document.class)
			.get("open", Document.class)
			.getLong("total");
	}

	private static void on(MongoBackend backend, Consumer<MongoDatabase> use) {
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			use.accept(client.getDatabase("evac"));
		}
		finally {
			server.shutdownNow();
		}
	}

}
