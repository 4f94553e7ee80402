package org.evac.embeddedmongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer larger than one wire message (the driver refuses replies over 48 MB) arrives
 * whole, in batches, as from MongoDB.
 */
class BoundedBatchesTest {

	@Test
	void everyOpenRequestArrivesThoughTogetherTheyExceedOneMessage() {
		RequestsOnAServer.use(new IdServedMemoryBackend(), requests -> {
			String text = "x".repeat(800);
			for (int batch = 0; batch < 70; batch++) {
				List<Document> documents = new ArrayList<>();
				for (int i = 0; i < 1000; i++) {
					documents.add(new Document("n", batch * 1000 + i).append("status", "NEW").append("text", text));
				}
				requests.insertMany(documents);
			}

			List<Document> open = requests.find(Filters.in("status", "NEW", "IN_PROGRESS")).into(new ArrayList<>());

			assertThat(open).hasSize(70_000);
			assertThat(open).extracting(d -> d.getInteger("n")).doesNotHaveDuplicates();
		});
	}

	@Test
	void aBatchSizeTheClientAsksForIsKeptAndTheOrderWithIt(@TempDir Path dir) {
		RequestsOnAServer.use(new DurableH2Backend(dir.resolve("evac.mv.db").toString()), requests -> {
			for (int i = 0; i < 25; i++) {
				requests.insertOne(new Document("n", i).append("status", "NEW"));
			}

			List<Integer> numbers = requests.find(Filters.eq("status", "NEW"))
				.sort(Sorts.descending("n"))
				.batchSize(10)
				.map(d -> d.getInteger("n"))
				.into(new ArrayList<>());

			assertThat(numbers).hasSize(25).isSortedAccordingTo((a, b) -> b - a);
		});
	}

	@Test
	void aDocumentIsNeverSplitAndAHugeOneStillComesAlone() {
		assertThat(BoundedBatches.estimate(new de.bwaldvogel.mongo.bson.Document("text", "ї".repeat(10))))
			.isGreaterThanOrEqualTo(10 * 2 + 5);
		RequestsOnAServer.use(new IdServedMemoryBackend(), requests -> {
			String big = "x".repeat(7 * 1024 * 1024 / 4);
			requests.insertOne(new Document("n", 1).append("text", big));
			requests.insertOne(new Document("n", 2).append("text", big));
			requests.insertOne(new Document("n", 3));

			assertThat(requests.find().into(new ArrayList<>())).extracting(d -> d.getInteger("n"))
				.containsExactly(1, 2, 3);
		});
	}

}
