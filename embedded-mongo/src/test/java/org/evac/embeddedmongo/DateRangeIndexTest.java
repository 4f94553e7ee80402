package org.evac.embeddedmongo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range of dates on an index over one key ("what is due now") is served from the index,
 * and finds exactly what the library's own scan finds, whatever else the field holds.
 */
class DateRangeIndexTest {

	private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

	private static final Instant NOW = T0.plusSeconds(50 * 60);

	private static final List<Bson> RANGES = List.of(Filters.lte("dueAt", date(NOW)), Filters.lt("dueAt", date(NOW)),
			Filters.gt("dueAt", date(NOW)), Filters.gte("dueAt", date(NOW)),
			Filters.and(Filters.gte("dueAt", date(T0.plusSeconds(600))), Filters.lt("dueAt", date(NOW))),
			Filters.and(Filters.lte("dueAt", date(NOW)), Filters.eq("status", "OPEN")),
			new Document("dueAt", new Document("$lte", date(NOW)).append("$gt", date(T0.plusSeconds(1800)))),
			new Document("dueAt", new Document("$gt", date(NOW)).append("$lt", date(T0))));

	@Test
	void aRangeOfDatesIsServedByTheIndexOverThatKey() {
		withCollection(new IdServedMemoryBackend(), (backend, collection) -> {
			collection.createIndex(Indexes.ascending("dueAt"), new IndexOptions().sparse(true));
			collection.createIndex(Indexes.ascending("status"));
			for (Bson range : RANGES) {
				assertThat(IndexedQueries.servingIndex(indexesOf(backend), serverSide(range))).as("%s", range)
					.isInstanceOf(SecondaryIndex.class)
					.extracting(Index::getName)
					.isEqualTo("dueAt_1");
			}
			for (Bson other : List.of(Filters.lte("dueAt", 5L), Filters.lte("dueAt", "2026"), Filters.exists("dueAt"),
					Filters.or(Filters.lte("dueAt", date(NOW))), Filters.ne("dueAt", date(NOW)))) {
				assertThat(IndexedQueries.servingIndex(indexesOf(backend), serverSide(other))).as("%s", other).isNull();
			}
		});
	}

	@Test
	void findsWhatTheLibrarysScanFindsAfterAnyWrites(@TempDir Path dir) {
		for (MongoBackend backend : List.of(new IdServedMemoryBackend(),
				new DurableH2Backend(dir.resolve("evac.mv.db").toString()))) {
			withCollection(backend, (b, collection) -> {
				collection.createIndex(Indexes.ascending("dueAt"), new IndexOptions().sparse(true));
				Random random = new Random(17);
				for (int i = 0; i < 150; i++) {
					collection.insertOne(thing(random, i));
				}
				assertAnswersAsAScan(collection);
				for (int i = 0; i < 400; i++) {
					write(collection, random);
					if (i % 50 == 0) {
						assertAnswersAsAScan(collection);
					}
				}
				assertAnswersAsAScan(collection);
			});
		}
	}

	@Test
	void theEarliestDueAreFoundWithoutReadingTheRestOfTheRange(@TempDir Path dir) {
		for (MongoBackend backend : List.of(new IdServedMemoryBackend(),
				new DurableH2Backend(dir.resolve("evac.mv.db").toString()))) {
			withCollection(backend, (b, collection) -> {
				collection.createIndex(Indexes.ascending("dueAt"), new IndexOptions().sparse(true));
				Random random = new Random(23);
				for (int i = 0; i < 300; i++) {
					Document thing = new Document("_id", "t" + i).append("status", "OPEN");
					if (random.nextInt(4) > 0) {
						thing.append("dueAt", date(minute(random)));
					}
					collection.insertOne(thing);
				}
				for (int i = 0; i < 100; i++) {
					collection.updateOne(Filters.eq("_id", "t" + random.nextInt(300)),
							random.nextBoolean() ? Updates.unset("dueAt") : Updates.set("dueAt", date(minute(random))));
				}
				Bson due = Filters.lte("dueAt", date(NOW));
				for (int limit : List.of(1, 5, 50, 400)) {
					assertThat(collection.find(due)
						.sort(Sorts.ascending("dueAt", "_id"))
						.limit(limit)
						.into(new ArrayList<>()))
						.isEqualTo(collection.find(Filters.or(due))
							.sort(Sorts.ascending("dueAt", "_id"))
							.limit(limit)
							.into(new ArrayList<>()));
					assertThat(collection.find(due)
						.sort(Sorts.ascending("dueAt"))
						.limit(limit)
						.map(d -> d.get("dueAt"))
						.into(new ArrayList<>()))
						.isEqualTo(collection.find(Filters.or(due))
							.sort(Sorts.ascending("dueAt"))
							.limit(limit)
							.map(d -> d.get("dueAt"))
							.into(new ArrayList<>()));
				}
				SecondaryIndex<Object> index = dueIndex(b);
				List<Object> offered = new ArrayList<>();
				index.first(serverSide(due), serverSide(Sorts.ascending("dueAt", "_id")), 5).forEach(offered::add);
				assertThat(offered).as("the five earliest, with any sharing the fifth's date").hasSizeBetween(5, 12);
				assertThat(index.first(serverSide(Filters.and(due, Filters.eq("status", "OPEN"))),
						serverSide(Sorts.ascending("dueAt")), 5))
					.as("another condition: left to the matcher")
					.isNull();
				assertThat(index.first(serverSide(due), serverSide(Sorts.descending("dueAt")), 5)).isNull();
			});
		}
	}

	@SuppressWarnings("unchecked")
	private static SecondaryIndex<Object> dueIndex(MongoBackend backend) {
		return (SecondaryIndex<Object>) indexesOf(backend).stream()
			.filter(SecondaryIndex.class::isInstance)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void readsOnlyTheDocumentsInTheRange() {
		withCollection(new IdServedMemoryBackend(), (backend, collection) -> {
			collection.createIndex(Indexes.ascending("dueAt"), new IndexOptions().sparse(true));
			for (int i = 0; i < 1000; i++) {
				Document later = new Document("_id", "r" + i).append("dueAt", date(NOW.plusSeconds(3600 + i)));
				collection.insertOne((i % 3 == 0) ? later : new Document("_id", "r" + i).append("status", "DONE"));
			}
			collection.insertOne(new Document("_id", "due").append("dueAt", date(NOW.minusSeconds(5))));
			collection.find(Filters.lte("dueAt", date(NOW))).first();

			SecondaryIndex<Object> index = (SecondaryIndex<Object>) indexesOf(backend).stream()
				.filter(SecondaryIndex.class::isInstance)
				.findFirst()
				.orElseThrow();
			List<Object> offered = new ArrayList<>();
			index.getPositions(serverSide(Filters.lte("dueAt", date(NOW)))).forEach(offered::add);
			assertThat(offered).hasSize(1);
		});
	}

	private static void assertAnswersAsAScan(MongoCollection<Document> collection) {
		for (Bson range : RANGES) {
			assertThat(ids(collection, range)).as("%s", range).isEqualTo(ids(collection, Filters.or(range)));
			assertThat(collection.find(range).sort(Sorts.ascending("dueAt", "_id")).limit(5).into(new ArrayList<>()))
				.as("%s, sorted and limited", range)
				.isEqualTo(collection.find(Filters.or(range))
					.sort(Sorts.ascending("dueAt", "_id"))
					.limit(5)
					.into(new ArrayList<>()));
			assertThat(collection.countDocuments(range)).isEqualTo(collection.countDocuments(Filters.or(range)));
		}
	}

	private static List<Object> ids(MongoCollection<Document> collection, Bson query) {
		return collection.find(query).sort(Sorts.ascending("_id")).map(d -> d.get("_id")).into(new ArrayList<>());
	}

	/** A date in the hour around now, or what else a field may hold. */
	private static Object dueAt(Random random) {
		return switch (random.nextInt(9)) {
			case 0 -> null;
			case 1 -> 5L;
			case 2 -> "2026-11-23";
			case 3 -> List.of(date(minute(random)), date(minute(random)));
			case 4 -> new Document("at", date(minute(random)));
			case 5 -> List.of();
			default -> date(minute(random));
		};
	}

	private static Instant minute(Random random) {
		return T0.plusSeconds(60L * random.nextInt(100));
	}

	private static Document thing(Random random, int i) {
		Document thing = new Document("_id", "t" + i).append("status", random.nextBoolean() ? "OPEN" : "DONE");
		if (random.nextInt(5) > 0) {
			thing.append("dueAt", dueAt(random));
		}
		return thing;
	}

	private static void write(MongoCollection<Document> collection, Random random) {
		String id = "t" + random.nextInt(200);
		switch (random.nextInt(5)) {
			case 0 -> collection.deleteOne(Filters.eq("_id", id));
			case 1 -> collection.updateOne(Filters.eq("_id", id), Updates.unset("dueAt"));
			case 2 -> collection.updateMany(Filters.lte("dueAt", date(minute(random))),
					Updates.set("dueAt", date(minute(random))));
			default -> {
				if (collection.countDocuments(Filters.eq("_id", id)) == 0) {
					collection.insertOne(thing(random, Integer.parseInt(id.substring(1))));
				}
				else {
					collection.updateOne(Filters.eq("_id", id), Updates.set("dueAt", dueAt(random)));
				}
			}
		}
	}

	private static Date date(Instant at) {
		return Date.from(at);
	}

	interface Use {

		void apply(MongoBackend backend, MongoCollection<Document> collection);

	}

	private static void withCollection(MongoBackend backend, Use use) {
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			use.apply(backend, client.getDatabase("evac").getCollection("things"));
		}
		finally {
			server.shutdownNow();
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<Index<Object>> indexesOf(MongoBackend backend) {
		return (List) ((AbstractMongoBackend) backend).resolveDatabase("evac")
			.resolveCollection("things", true)
			.getIndexes();
	}

	private static de.bwaldvogel.mongo.bson.Document serverSide(Bson query) {
		BsonDocument bson = query.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
		RawBsonDocument raw = new RawBsonDocument(bson, new BsonDocumentCodec());
		return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(raw.getByteBuffer().asNIO()));
	}

}
