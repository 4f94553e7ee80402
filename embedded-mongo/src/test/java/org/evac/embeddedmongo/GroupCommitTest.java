package org.evac.embeddedmongo;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file-backed server commits its store before it acknowledges a write, unless the
 * write says {@code j: false}: such writes wait for the next commit, which an
 * {@code fsync} makes for all of them at once.
 */
class GroupCommitTest {

	@Test
	void aWriteThatWaitsForTheDiskCostsACommit(@TempDir Path dir) {
		DurableH2Backend backend = new DurableH2Backend(dir.resolve("evac.mv.db").toString());
		withCollection(backend, (client, outbox) -> {
			long before = backend.commitsMade();

			outbox.insertOne(new Document("_id", "u1:0"));
			outbox.updateOne(new Document("_id", "u1:0"), new Document("$set", new Document("sent", true)));
			outbox.deleteOne(new Document("_id", "u1:0"));

			assertThat(backend.commitsMade() - before).isEqualTo(3);
		});
	}

	@Test
	void writesThatDoNotWaitShareTheCommitOfOneFsync(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("evac.mv.db");
		DurableH2Backend backend = new DurableH2Backend(file.toString());
		withCollection(backend, (client, outbox) -> {
			MongoCollection<Document> batch = outbox.withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(false));
			long before = backend.commitsMade();

			for (int i = 0; i < 20; i++) {
				batch.insertOne(new Document("_id", "u" + i + ":0"));
				batch.updateOne(new Document("_id", "u" + i + ":0"), new Document("$set", new Document("n", i)));
			}
			assertThat(backend.commitsMade() - before).as("none before the fsync").isZero();

			client.getDatabase("admin").runCommand(new Document("fsync", 1));
			assertThat(backend.commitsMade() - before).as("one for all forty").isEqualTo(1);

			client.getDatabase("admin").runCommand(new Document("fsync", 1));
			assertThat(backend.commitsMade() - before).as("nothing new to commit").isEqualTo(1);

			copy(file, dir.resolve("as-the-disk-has-it.mv.db"));
		});
		// the file as it was on disk then, as a process killed at that instant leaves it
		withCollection(new DurableH2Backend(dir.resolve("as-the-disk-has-it.mv.db").toString()), (client,
				outbox) -> assertThat(outbox.countDocuments(new Document("n", new Document("$gte", 0)))).isEqualTo(20));
	}

	@Test
	void theServerInMemoryAnswersAnFsyncToo() {
		MongoServer server = new MongoServer(new IdServedMemoryBackend());
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			assertThat(client.getDatabase("admin").runCommand(new Document("fsync", 1)).get("ok")).isEqualTo(1.0);
		}
		finally {
			server.shutdownNow();
		}
	}

	private static void copy(Path from, Path to) {
		try {
			Files.copy(from, to);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private interface WithCollection {

		void accept(MongoClient client, MongoCollection<Document> outbox) throws Exception;

	}

	private static void withCollection(DurableH2Backend backend, WithCollection test) throws RuntimeException {
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			test.accept(client, client.getDatabase("evac").getCollection("outbox"));
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		finally {
			server.shutdownNow();
		}
	}

}
