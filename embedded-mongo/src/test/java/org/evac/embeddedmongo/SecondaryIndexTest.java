package org.evac.embeddedmongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Non-unique indexes change how the embedded server finds documents, never what it finds:
 * after any sequence of writes, every query, update and delete answers exactly as the
 * library's own backend answers it by reading every document.
 */
class SecondaryIndexTest {

	private static final String DATABASE = "evac";

	private static final String COLLECTION = "things";

	/** Queries the indexes serve: the transcripts would show any document they miss. */
	private static final List<Bson> SERVED = List.of(Filters.eq("chatId", 3L), Filters.eq("chatId", 3),
			Filters.eq("chatId", 3.0), Filters.in("chatId", 1L, 2, 99L),
			Filters.and(Filters.eq("chatId", 2L), Filters.eq("status", "OPEN")),
			Filters.and(Filters.eq("chatId", 4L), Filters.or(Filters.eq("status", "NEW"), Filters.gt("priority", 1))),
			new Document("chatId", 5L).append("$and", List.of(new Document("status", new Document("$ne", "DONE")))),
			Filters.and(Filters.eq("chatId", 1L), Filters.exists("details", false)),
			Filters.eq("details.oblast.code", "UA-1"), Filters.in("details.oblast.code", "UA-2", "UA-3", "UA-9"),
			Filters.and(Filters.eq("status", "OPEN"), Filters.eq("priority", 1)),
			Filters.and(Filters.eq("status", "NEW"), Filters.eq("priority", 2L), Filters.eq("chatId", 2L)),
			Filters.eq("tags", "a"), Filters.in("tags", "b", "c"),
			Filters.and(Filters.eq("tags", "d"), Filters.eq("status", "NEW")), Filters.eq("ref", "r1"),
			Filters.and(Filters.eq("ref", "r2"), Filters.lt("priority", 2)),
			Filters.and(Filters.eq("chatId", 3L), Filters.eq("chatId", 4L)),
			Filters.and(Filters.gt("chatId", 1L), Filters.and(Filters.eq("tags", "a"), Filters.eq("chatId", 2L))),
			new Document("chatId", 6L).append("status", "NEW"),
			new Document("status", "DONE").append("priority", 0).append("chatId", new Document("$gt", 1L)));

	/**
	 * Queries the indexes leave to a scan, as the library did: they do not give every key
	 * of an index a plain value to equal.
	 */
	private static final List<Bson> SCANNED = List.of(Filters.ne("chatId", 3L), Filters.gt("chatId", 2L),
			Filters.exists("chatId"), Filters.eq("chatId", null), Filters.regex("details.oblast.code", "^UA-[12]"),
			Filters.eq("tags", List.of("a", "b")),
			Filters.eq("details", new Document("oblast", new Document("code", "UA-1"))),
			Filters.or(Filters.eq("chatId", 3L), Filters.eq("chatId", 4L)), Filters.eq("priority", 1),
			new Document("chatId", new Document("$in", List.of(3L, new Document("$gt", 4L)))));

	/** Served by a compound index that keeps its order, from its leading keys. */
	private static final List<Bson> LEADING = List.of(Filters.eq("status", "OPEN"),
			Filters.and(Filters.eq("status", "OPEN"), Filters.in("priority", 1, 2)));

	private static final List<Bson> QUERIES = concat(concat(SERVED, LEADING), SCANNED);

	@Test
	void randomWritesAnswerAsTheLibrarysMemoryBackend() {
		assertSameTranscript(run(new IdServedMemoryBackend(), true, true), run(new MemoryBackend(), true, true));
	}

	@Test
	void afterAnyWritesEachIndexHoldsWhatARebuildWouldHold(@TempDir Path dir) {
		for (MongoBackend backend : List.of(new IdServedMemoryBackend(),
				new DurableH2Backend(dir.resolve("evac.mv.db").toString()))) {
			withCollection(backend, (b, collection) -> {
				Script script = new Script(new Random(31), false);
				createIndexes(collection);
				script.insert(collection, 120, new ArrayList<>());
				script.write(collection, 40, new ArrayList<>());
				putEveryIndexInUse(collection);
				script.write(collection, 300, new ArrayList<>());
				assertThat(secondaryIndexesOf(b)).allMatch(SecondaryIndex::isInUse);
				assertIndexesHoldWhatARebuildHolds(b, collection);
				return null;
			});
		}
	}

	@Test
	void indexesCreatedOverStoredDocumentsAnswerAsTheLibrarysMemoryBackend() {
		assertSameTranscript(run(new IdServedMemoryBackend(), false, true), run(new MemoryBackend(), false, true));
	}

	@Test
	void theFileBackendAnswersAsTheLibrarysOwnFileBackend(@TempDir Path dir) {
		assertSameTranscript(run(new DurableH2Backend(dir.resolve("ours.mv.db").toString()), true, true),
				run(new H2Backend(dir.resolve("plain.mv.db").toString()), true, true));
		assertSameTranscript(run(new DurableH2Backend(dir.resolve("ours-later.mv.db").toString()), false, true),
				run(new H2Backend(dir.resolve("plain-later.mv.db").toString()), false, true));
	}

	@Test
	void theFileBackendFindsWhatTheMemoryBackendFinds(@TempDir Path dir) {
		assertSameTranscript(readOnly(new DurableH2Backend(dir.resolve("evac.mv.db").toString())),
				readOnly(new MemoryBackend()));
	}

	@Test
	void aReopenedFileFillsItsIndexesAgainAndAnswersAsBefore(@TempDir Path dir) {
		List<String> ours = runAcrossReopen(() -> new DurableH2Backend(dir.resolve("ours.mv.db").toString()));
		List<String> plain = runAcrossReopen(() -> new H2Backend(dir.resolve("plain.mv.db").toString()));
		assertSameTranscript(ours, plain);
	}

	@Test
	void theIndexesServeTheQueriesTheyCanAnswerAlone() {
		withCollection(new IdServedMemoryBackend(), (backend, collection) -> {
			createIndexes(collection);
			insertThings(collection, new Random(7), 50);
			List<? extends Index<?>> indexes = indexesOf(backend);
			for (Bson query : SERVED) {
				assertThat(IndexedQueries.servingIndex(rawList(indexes), serverSide(query))).as("%s", query)
					.isInstanceOf(SecondaryIndex.class);
			}
			for (Bson query : LEADING) {
				assertThat(IndexedQueries.servingIndex(rawList(indexes), serverSide(query))).as("%s", query)
					.isInstanceOf(OrderedIndex.class);
			}
			for (Bson query : SCANNED) {
				assertThat(IndexedQueries.servingIndex(rawList(indexes), serverSide(query))).as("%s", query).isNull();
			}
			return null;
		});
	}

	@Test
	void aReopenedFileHasEveryIndexFilledBeforeItsFirstQuery(@TempDir Path dir) {
		String file = dir.resolve("evac.mv.db").toString();
		withCollection(new DurableH2Backend(file), (backend, collection) -> {
			createIndexes(collection);
			insertThings(collection, new Random(11), 80);
			return null;
		});
		withCollection(new DurableH2Backend(file), (backend, collection) -> {
			SecondaryIndex<?> chats = secondaryIndex(backend, "chatId_1");
			assertThat(secondaryIndexesOf(backend)).as("filled when the file was opened")
				.allMatch(SecondaryIndex::isInUse);
			assertThat(chats.getCount()).as("filed under at least one key each")
				.isGreaterThanOrEqualTo(collection.countDocuments());
			assertThat(IndexedQueries.servingIndex(rawList(indexesOf(backend)), serverSide(Filters.eq("chatId", 3L))))
				.isSameAs(chats);
			assertIndexesHoldWhatARebuildHolds(backend, collection);
			return null;
		});
	}

	@Test
	void anIndexCreatedInTheFileOverStoredDocumentsIsFilledThen(@TempDir Path dir) {
		withCollection(new DurableH2Backend(dir.resolve("evac.mv.db").toString()), (backend, collection) -> {
			insertThings(collection, new Random(43), 300);
			createIndexes(collection);
			assertThat(secondaryIndexesOf(backend)).allMatch(SecondaryIndex::isInUse);
			assertIndexesHoldWhatARebuildHolds(backend, collection);
			return null;
		});
	}

	@Test
	void aUniqueIndexStillRejectsDuplicates() {
		withCollection(new IdServedMemoryBackend(), (backend, collection) -> {
			createIndexes(collection);
			collection.insertOne(new Document("_id", "a").append("chatId", 1L).append("filingKey", "f-1"));
			collection.insertOne(new Document("_id", "b").append("chatId", 1L));
			assertThatThrownBy(() -> collection.insertOne(new Document("_id", "c").append("filingKey", "f-1")))
				.isInstanceOf(MongoException.class)
				.extracting(ex -> ((MongoException) ex).getCode())
				.isEqualTo(11000);
			assertThatThrownBy(() -> collection.updateMany(Filters.eq("chatId", 1L), Updates.set("filingKey", "f-1")))
				.isInstanceOf(MongoException.class);
			assertThat(collection.find(Filters.eq("chatId", 1L)).into(new ArrayList<>())).hasSize(2);
			return null;
		});
	}

	@Test
	void aUniqueIndexServesBeforeASecondaryIndexOverFewerKeys() {
		withCollection(new IdServedMemoryBackend(), (backend, collection) -> {
			collection.createIndex(Indexes.ascending("chatId"));
			collection.createIndex(Indexes.ascending("chatId", "number"), new IndexOptions().unique(true));
			collection.insertOne(new Document("chatId", 1L).append("number", "n-1"));
			collection.insertOne(new Document("chatId", 1L).append("number", "n-2"));

			Document query = new Document("chatId", 1L).append("number", "n-2");

			Index<?> serving = IndexedQueries.servingIndex(rawList(indexesOf(backend)), serverSide(query));

			assertThat(serving.isUnique()).isTrue();
			assertThat(collection.find(query).into(new ArrayList<>())).hasSize(1);
			assertThat(secondaryIndex(backend, "chatId_1").isInUse()).as("never needed").isFalse();
			return null;
		});
	}

	// Each index is filled when a query first needs it, never before.

	@Test
	void inTheFileEveryIndexFollowsTheWritesThroughReopening(@TempDir Path dir) {
		List<String> ours = writeByIdAcrossReopen(() -> new DurableH2Backend(dir.resolve("ours.mv.db").toString()),
				backend -> assertThat(secondaryIndexesOf(backend)).isNotEmpty().allMatch(SecondaryIndex::isInUse));
		List<String> plain = writeByIdAcrossReopen(() -> new H2Backend(dir.resolve("plain.mv.db").toString()),
				backend -> {
				});
		assertSameTranscript(ours, plain);
	}

	@Test
	void inMemoryAnIndexNoQueryNeedsHoldsNothingThroughWrites() {
		List<String> ours = writeById(new IdServedMemoryBackend(), SecondaryIndexTest::assertOutOfUseAndEmpty);
		List<String> plain = writeById(new MemoryBackend(), backend -> {
		});
		assertSameTranscript(ours, plain);
	}

	@Test
	void anIndexCreatedOverStoredDocumentsIsNotFilledThen() {
		withCollection(new IdServedMemoryBackend(), (backend, collection) -> {
			insertThings(collection, new Random(43), 300);
			createIndexes(collection);
			assertOutOfUseAndEmpty(backend);
			assertThat(secondaryIndexesOf(backend)).as("not empty to the collection, which would read every document")
				.noneMatch(Index::isEmpty);
			return null;
		});
	}

	@Test
	void inMemoryTheFirstQueryAnIndexServesFillsItAndFindsWhatAScanFinds() {
		Script script = new Script(new Random(45), false);
		withDatabase(new IdServedMemoryBackend(), (backend, database) -> {
			MongoCollection<Document> collection = database.getCollection(COLLECTION);
			createIndexes(collection);
			script.insert(collection, 200, new ArrayList<>());
			script.writeById(collection, 100, new ArrayList<>(), 0);
			Bson byChat = Filters.eq("chatId", 3L);

			assertThat(find(collection, byChat)).isNotEmpty().isEqualTo(find(collection, Filters.or(byChat)));
			assertThat(secondaryIndex(backend, "chatId_1").isInUse()).isTrue();
			assertThat(secondaryIndex(backend, "ref_1").isInUse()).isFalse();

			assertThat(runCount(database, Filters.eq("ref", "r1"))).as("a count, which takes no lock of its own")
				.isEqualTo(collection.countDocuments(Filters.or(Filters.eq("ref", "r1"))));
			assertThat(secondaryIndex(backend, "ref_1").isInUse()).isTrue();
			assertThat(secondaryIndex(backend, "details.oblast.code_1").isInUse()).isFalse();

			script.writeById(collection, 200, new ArrayList<>(), 0);
			script.write(collection, 100, new ArrayList<>());
			assertThat(find(collection, byChat)).isEqualTo(find(collection, Filters.or(byChat)));
			assertIndexesHoldWhatARebuildHolds(backend, collection);
			return null;
		});
	}

	@Test
	void indexesFirstNeededAtRandomMomentsAnswerAsTheLibrarysBackends(@TempDir Path dir) {
		for (long seed : List.of(1L, 2L)) {
			assertSameTranscript(runLazily(new IdServedMemoryBackend(), seed), runLazily(new MemoryBackend(), seed));
		}
		assertSameTranscript(runLazily(new DurableH2Backend(dir.resolve("ours.mv.db").toString()), 3),
				runLazily(new H2Backend(dir.resolve("plain.mv.db").toString()), 3));
	}

	@Test
	void anIndexFilledWhileSeveralThreadsWriteFindsWhatAScanFinds(@TempDir Path dir) {
		for (MongoBackend backend : List.of(new IdServedMemoryBackend(),
				new DurableH2Backend(dir.resolve("evac.mv.db").toString()))) {
			withDatabase(backend, (b, database) -> {
				MongoCollection<Document> collection = database.getCollection(COLLECTION);
				createIndexes(collection);
				insertThings(collection, new Random(47), 300);
				List<String> written = writeFromSeveralThreadsWhileQuerying(b, database, 4, 200);
				assertThat(written).as("no write failed but for what it asked (a failure in the server has no code)")
					.filteredOn(answer -> answer.startsWith("error"))
					.allMatch(error -> Integer.parseInt(error.substring("error ".length())) > 0);
				assertThat(secondaryIndexesOf(b)).allMatch(SecondaryIndex::isInUse);
				for (Bson query : SERVED) {
					assertThat(find(collection, query)).as("%s", query).isEqualTo(find(collection, Filters.or(query)));
				}
				assertIndexesHoldWhatARebuildHolds(b, collection);
				return null;
			});
		}
	}

	/**
	 * A count reaches the collection without its lock; the index is filled under it all
	 * the same, so a write holding the lock comes wholly before the filling or after it.
	 */
	@Test
	void anIndexIsFilledUnderTheLockEveryWriteHolds(@TempDir Path dir) {
		for (MongoBackend backend : List.of(new IdServedMemoryBackend(),
				new DurableH2Backend(dir.resolve("evac.mv.db").toString()))) {
			withCollection(backend, (b, collection) -> {
				createIndexes(collection);
				insertThings(collection, new Random(49), 100);
				de.bwaldvogel.mongo.MongoCollection<?> stored = storedCollection(b);
				AtomicInteger counted = new AtomicInteger(-1);
				Thread counting = new Thread(
						() -> counted.set(stored.count(serverSide(Filters.eq("chatId", 3L)), 0, 0)));
				synchronized (stored) {
					counting.start();
					awaitBlocked(counting);
					stored.addDocument(serverSide(new Document("_id", "late").append("chatId", 3L)));
				}
				join(counting);
				assertThat(counted.get()).as("counted after the write")
					.isEqualTo(collection.countDocuments(Filters.or(Filters.eq("chatId", 3L))));
				assertIndexesHoldWhatARebuildHolds(b, collection);
				return null;
			});
		}
	}

	// A transcript is every answer, in order: results of writes and of the queries.

	private static List<String> run(MongoBackend backend, boolean indexesFirst, boolean naturalOrderToo) {
		return withCollection(backend, (b, collection) -> {
			List<String> transcript = new ArrayList<>();
			Script script = new Script(new Random(2024), naturalOrderToo);
			if (indexesFirst) {
				createIndexes(collection);
			}
			script.insert(collection, 120, transcript);
			if (!indexesFirst) {
				createIndexes(collection, transcript);
			}
			script.write(collection, 400, transcript);
			return transcript;
		});
	}

	/**
	 * Writes by {@code _id} and queries no index serves, checking the backend after each
	 * step.
	 */
	private static List<String> writeById(MongoBackend backend, Consumer<MongoBackend> check) {
		List<String> transcript = new ArrayList<>();
		writeById(backend, new Script(new Random(41), false), transcript, check);
		return transcript;
	}

	private static void writeById(MongoBackend backend, Script script, List<String> transcript,
			Consumer<MongoBackend> check) {
		withCollection(backend, (b, collection) -> {
			createIndexes(collection, transcript);
			script.insert(collection, 200, transcript);
			check.accept(b);
			script.writeById(collection, 400, transcript, 0);
			for (Bson query : SCANNED) {
				script.query(collection, query, transcript);
			}
			check.accept(b);
			return null;
		});
	}

	/**
	 * Writes by {@code _id} and queries no index serves, checking the backend after each
	 * step and after reopening the file.
	 */
	private static List<String> writeByIdAcrossReopen(Supplier<MongoBackend> backend, Consumer<MongoBackend> check) {
		Script script = new Script(new Random(41), false);
		List<String> transcript = new ArrayList<>();
		writeById(backend.get(), script, transcript, check);
		withCollection(backend.get(), (b, collection) -> {
			check.accept(b);
			script.writeById(collection, 200, transcript, 0);
			check.accept(b);
			return null;
		});
		return transcript;
	}

	/**
	 * Writes by {@code _id} with a query now and then, which puts the index serving it in
	 * use, then writes through the indexes too; our indexes, in the end, hold what a
	 * rebuild would.
	 */
	private static List<String> runLazily(MongoBackend backend, long seed) {
		return withCollection(backend, (b, collection) -> {
			List<String> transcript = new ArrayList<>();
			Script script = new Script(new Random(seed), true);
			createIndexes(collection, transcript);
			script.insert(collection, 120, transcript);
			script.writeById(collection, 400, transcript, 20);
			script.write(collection, 150, transcript);
			assertIndexesHoldWhatARebuildHolds(b, collection);
			return transcript;
		});
	}

	/**
	 * Writers by {@code _id} while this thread counts and finds through each index until
	 * all are in use; then writers through the indexes too.
	 */
	private static List<String> writeFromSeveralThreadsWhileQuerying(MongoBackend backend, MongoDatabase database,
			int writers, int writesEach) {
		MongoCollection<Document> collection = database.getCollection(COLLECTION);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch started = new CountDownLatch(writers);
		try {
			List<Future<List<String>>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				Script script = new Script(new Random(100 + w), false, 1000 * (w + 1));
				done.add(pool.submit(() -> {
					List<String> written = new ArrayList<>();
					script.writeById(collection, 20, written, 0);
					started.countDown();
					script.writeById(collection, writesEach / 2, written, 0);
					for (int i = 0; i < writesEach / 2; i++) {
						script.writeById(collection, 1, written, 0);
						script.write(collection, 1, written);
					}
					return written;
				}));
			}
			started.await();
			while (!secondaryIndexesOf(backend).stream().allMatch(SecondaryIndex::isInUse)) {
				for (Bson query : SERVED) {
					runCount(database, query);
					collection.find(query).into(new ArrayList<>());
				}
			}
			List<String> written = new ArrayList<>();
			for (Future<List<String>> each : done) {
				written.addAll(each.get());
			}
			return written;
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The server's {@code count} command, which the driver's counts do not send: the
	 * server answers it without the collection's lock.
	 */
	private static long runCount(MongoDatabase database, Bson query) {
		BsonDocument asked = query.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
		Document answer = database.runCommand(new Document("count", COLLECTION).append("query", asked));
		return answer.get("n", Number.class).longValue();
	}

	private static List<Document> find(MongoCollection<Document> collection, Bson query) {
		return collection.find(query).sort(new Document("_id", 1)).into(new ArrayList<>());
	}

	private static List<String> runAcrossReopen(Supplier<MongoBackend> backend) {
		Script script = new Script(new Random(99), false);
		List<String> transcript = new ArrayList<>();
		withCollection(backend.get(), (b, collection) -> {
			createIndexes(collection);
			script.insert(collection, 100, transcript);
			script.write(collection, 150, transcript);
			return null;
		});
		withCollection(backend.get(), (b, collection) -> {
			script.queries(collection, transcript);
			script.write(collection, 150, transcript);
			return null;
		});
		return transcript;
	}

	private static List<String> readOnly(MongoBackend backend) {
		return withCollection(backend, (b, collection) -> {
			List<String> transcript = new ArrayList<>();
			Script script = new Script(new Random(5), false);
			createIndexes(collection);
			script.insert(collection, 150, transcript);
			script.queries(collection, transcript);
			return transcript;
		});
	}

	private static void createIndexes(MongoCollection<Document> collection) {
		createIndexes(collection, new ArrayList<>());
	}

	/** Creating the unique index over stored duplicates fails, on every backend alike. */
	private static void createIndexes(MongoCollection<Document> collection, List<String> transcript) {
		IndexOptions plain = new IndexOptions();
		create(collection, Indexes.ascending("chatId"), plain, transcript);
		create(collection, Indexes.ascending("details.oblast.code"), plain, transcript);
		create(collection, Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("priority")), plain,
				transcript);
		// Before the index over tags alone, which would otherwise serve all its queries
		// and leave it out of use.
		create(collection, Indexes.ascending("tags", "status"), plain, transcript);
		create(collection, Indexes.ascending("tags"), plain, transcript);
		create(collection, Indexes.ascending("ref"), new IndexOptions().sparse(true), transcript);
		create(collection, Indexes.ascending("filingKey"), new IndexOptions().unique(true).sparse(true), transcript);
	}

	private static void create(MongoCollection<Document> collection, Bson keys, IndexOptions options,
			List<String> transcript) {
		transcript.add(Script.attempt(() -> collection.createIndex(keys, options)));
	}

	private static void insertThings(MongoCollection<Document> collection, Random random, int count) {
		new Script(random, false).insert(collection, count, new ArrayList<>());
	}

	/**
	 * Nothing left behind by updates and deletes: the same number of entries, and the
	 * same number of candidates for every lookup, as an index filled from the documents
	 * now stored.
	 */
	private static void assertIndexesHoldWhatARebuildHolds(MongoBackend backend, MongoCollection<Document> collection) {
		List<de.bwaldvogel.mongo.bson.Document> stored = collection.find()
			.map(SecondaryIndexTest::serverSide)
			.into(new ArrayList<>());
		for (SecondaryIndex<?> live : secondaryIndexesOf(backend)) {
			if (!live.isInUse()) {
				assertThat(live.getCount()).as("%s, out of use", live.getName()).isZero();
				continue;
			}
			SecondaryIndex<Object> rebuilt = OrderedIndex.keepsOrder(live.getKeys())
					? new OrderedIndex<>(live.getName(), live.getKeys(), false)
					: new SecondaryIndex<>(live.getName(), live.getKeys(), false);
			rebuilt.putInUse(
					() -> stored.stream().map(document -> new DocumentWithPosition<>(document, document.get("_id"))));
			assertThat(live.getCount()).as(live.getName()).isEqualTo(rebuilt.getCount());
			for (Bson query : concat(SERVED, LEADING)) {
				de.bwaldvogel.mongo.bson.Document asked = serverSide(query);
				if (live.canHandle(asked)) {
					assertThat(live.getPositions(asked)).as("%s %s", live.getName(), query)
						.hasSameSizeAs(rebuilt.getPositions(asked));
				}
			}
		}
	}

	private static void assertOutOfUseAndEmpty(MongoBackend backend) {
		assertThat(secondaryIndexesOf(backend)).isNotEmpty().allSatisfy(index -> {
			assertThat(index.isInUse()).as(index.getName()).isFalse();
			assertThat(index.getCount()).as(index.getName()).isZero();
		});
	}

	private static void assertSameTranscript(List<String> ours, List<String> plain) {
		for (int i = 0; i < Math.min(ours.size(), plain.size()); i++) {
			assertThat(ours.get(i)).as("answer %d", i).isEqualTo(plain.get(i));
		}
		assertThat(ours).hasSameSizeAs(plain);
	}

	private interface Use<T> {

		T apply(MongoBackend backend, MongoCollection<Document> collection);

	}

	private interface UseDatabase<T> {

		T apply(MongoBackend backend, MongoDatabase database);

	}

	private static <T> T withCollection(MongoBackend backend, Use<T> use) {
		return withDatabase(backend, (b, database) -> use.apply(b, database.getCollection(COLLECTION)));
	}

	private static <T> T withDatabase(MongoBackend backend, UseDatabase<T> use) {
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			return use.apply(backend, client.getDatabase(DATABASE));
		}
		finally {
			server.shutdownNow();
		}
	}

	/** Has a query served by each secondary index, which fills those not yet in use. */
	private static void putEveryIndexInUse(MongoCollection<Document> collection) {
		for (Bson query : SERVED) {
			collection.find(query).first();
		}
	}

	private static SecondaryIndex<?> secondaryIndex(MongoBackend backend, String name) {
		return secondaryIndexesOf(backend).stream()
			.filter(index -> index.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static List<SecondaryIndex<?>> secondaryIndexesOf(MongoBackend backend) {
		List<SecondaryIndex<?>> secondary = new ArrayList<>();
		for (Index<?> index : indexesOf(backend)) {
			if (index instanceof SecondaryIndex<?> each) {
				secondary.add(each);
			}
		}
		return secondary;
	}

	private static List<? extends Index<?>> indexesOf(MongoBackend backend) {
		return storedCollection(backend).getIndexes();
	}

	private static de.bwaldvogel.mongo.MongoCollection<?> storedCollection(MongoBackend backend) {
		return ((AbstractMongoBackend) backend).resolveDatabase(DATABASE).resolveCollection(COLLECTION, true);
	}

	/** Until the thread waits for a lock; it must not finish before. */
	private static void awaitBlocked(Thread thread) {
		while (thread.isAlive() && thread.getState() != Thread.State.BLOCKED) {
			Thread.onSpinWait();
		}
		assertThat(thread.getState()).as("waiting for the collection's lock").isEqualTo(Thread.State.BLOCKED);
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<Index<Object>> rawList(List<? extends Index<?>> indexes) {
		return (List) indexes;
	}

	/** The query as the server decodes it from the wire. */
	private static de.bwaldvogel.mongo.bson.Document serverSide(Bson query) {
		BsonDocument bson = query.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
		RawBsonDocument raw = new RawBsonDocument(bson, new BsonDocumentCodec());
		return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(raw.getByteBuffer().asNIO()));
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/**
	 * Random documents and writes, the same for every backend given the same seed. The
	 * values are few, so that writes hit documents and queries find several; they mix
	 * number types, missing fields, nulls, arrays (of values, of documents, empty,
	 * nested) and embedded documents, all of them in indexed fields.
	 */
	private static final class Script {

		private static final String[] STATUSES = { "NEW", "OPEN", "DONE" };

		private static final String[] TAGS = { "a", "b", "c", "d" };

		private final Random random;

		private final boolean naturalOrderToo;

		private int next;

		Script(Random random, boolean naturalOrderToo) {
			this(random, naturalOrderToo, 0);
		}

		/**
		 * Inserting from {@code t-<firstId>} on, so that scripts can share a collection.
		 */
		Script(Random random, boolean naturalOrderToo, int firstId) {
			this.random = random;
			this.naturalOrderToo = naturalOrderToo;
			this.next = firstId;
		}

		void insert(MongoCollection<Document> collection, int count, List<String> transcript) {
			for (int i = 0; i < count; i++) {
				transcript.add(attempt(() -> collection.insertOne(thing(this.next++)).wasAcknowledged()));
			}
		}

		void write(MongoCollection<Document> collection, int count, List<String> transcript) {
			for (int i = 0; i < count; i++) {
				transcript.add(attempt(() -> writeOnce(collection)));
				if (i % 50 == 49) {
					queries(collection, transcript);
				}
			}
		}

		void queries(MongoCollection<Document> collection, List<String> transcript) {
			for (Bson query : QUERIES) {
				query(collection, query, transcript);
			}
			transcript.add("count " + collection.countDocuments(Filters.eq("chatId", 2L)));
			transcript.add("all " + collection.find().sort(new Document("_id", 1)).into(new ArrayList<>()));
		}

		void query(MongoCollection<Document> collection, Bson query, List<String> transcript) {
			transcript
				.add(query + " -> " + collection.find(query).sort(new Document("_id", 1)).into(new ArrayList<>()));
			if (this.naturalOrderToo) {
				transcript.add(query + " unsorted -> " + collection.find(query).into(new ArrayList<>()));
			}
		}

		/**
		 * Writes that find their document by {@code _id}, which no secondary index
		 * serves, and (one in {@code queryOneIn}, if above 0) a random query before a
		 * write: each index is first needed at a random moment, or never.
		 */
		void writeById(MongoCollection<Document> collection, int count, List<String> transcript, int queryOneIn) {
			for (int i = 0; i < count; i++) {
				if (queryOneIn > 0 && this.random.nextInt(queryOneIn) == 0) {
					query(collection, QUERIES.get(this.random.nextInt(QUERIES.size())), transcript);
				}
				transcript.add(attempt(() -> writeByIdOnce(collection)));
			}
		}

		private Object writeByIdOnce(MongoCollection<Document> collection) {
			return switch (this.random.nextInt(7)) {
				case 0 -> collection.insertOne(thing(this.next++)).wasAcknowledged();
				case 1 -> collection.updateOne(Filters.eq("_id", someId()), Updates.set("chatId", chatId()));
				case 2 -> collection.updateOne(Filters.and(Filters.eq("_id", someId()), Filters.exists("tags")),
						Updates.push("tags", tag()));
				case 3 -> collection.deleteOne(Filters.eq("_id", someId()));
				case 4 -> {
					Document replacement = thing(0);
					replacement.remove("_id");
					yield collection.replaceOne(Filters.eq("_id", someId()), replacement);
				}
				case 5 -> collection.findOneAndUpdate(Filters.eq("_id", someId()),
						Updates.set("details.oblast.code", oblast()));
				default -> collection.findOneAndDelete(Filters.in("_id", someId(), someId()));
			};
		}

		private Object writeOnce(MongoCollection<Document> collection) {
			return switch (this.random.nextInt(15)) {
				case 0 -> collection.insertOne(thing(this.next++)).wasAcknowledged();
				case 1 -> collection.updateOne(Filters.eq("_id", someId()), Updates.set("chatId", chatId()));
				case 2 -> collection.updateMany(Filters.eq("chatId", chat()), Updates.set("status", status()));
				case 3 -> collection.updateOne(Filters.eq("chatId", chat()), Updates.unset("details"));
				case 4 -> collection.updateMany(Filters.in("details.oblast.code", oblast(), oblast()),
						Updates.set("details.oblast.code", oblast()));
				case 5 -> {
					String id = someId();
					Document replacement = thing(0);
					replacement.remove("_id");
					yield collection.replaceOne(Filters.eq("_id", id), replacement);
				}
				case 6 -> collection.deleteOne(Filters.eq("chatId", chat()));
				case 7 -> collection
					.deleteMany(Filters.and(Filters.eq("status", status()), Filters.eq("priority", priority())));
				case 8 -> collection.findOneAndUpdate(Filters.eq("tags", tag()), Updates.push("tags", tag()));
				case 9 -> collection.findOneAndDelete(Filters.eq("ref", ref()));
				case 10 -> collection.updateOne(Filters.eq("_id", someId()),
						Updates.set("filingKey", "f-" + this.random.nextInt(40)));
				case 11 -> collection.updateMany(Filters.eq("chatId", chat()), Updates.inc("chatId", 1));
				case 12 ->
					collection.updateOne(Filters.eq("chatId", chat()), Updates.set("details.oblast.code", oblast()));
				case 13 -> collection.updateOne(Filters.eq("chatId", 77L),
						Updates.combine(Updates.set("status", status()),
								Updates.setOnInsert("_id", String.format("u-%04d", this.next++))),
						new UpdateOptions().upsert(true));
				default -> collection.updateOne(Filters.eq("_id", someId()), Updates.unset("chatId"));
			};
		}

		private Document thing(int n) {
			Document thing = new Document("_id", String.format("t-%04d", n));
			maybe(thing, "chatId", chatId());
			maybe(thing, "details", details());
			maybe(thing, "tags", tags());
			if (this.random.nextInt(6) > 0) {
				thing.put("status", status());
			}
			maybe(thing, "priority", (this.random.nextInt(6) == 0) ? Missing.VALUE
					: (this.random.nextBoolean() ? (Object) priority() : (Object) (long) priority()));
			maybe(thing, "ref", this.random.nextBoolean() ? ref() : Missing.VALUE);
			maybe(thing, "filingKey", (this.random.nextInt(3) == 0) ? "f-" + this.random.nextInt(40) : Missing.VALUE);
			return thing;
		}

		private Object chatId() {
			long chat = chat();
			return switch (this.random.nextInt(12)) {
				case 0 -> Missing.VALUE;
				case 1 -> null;
				case 2 -> List.of(chat, chat());
				case 3 -> (int) chat;
				case 4 -> (double) chat;
				default -> chat;
			};
		}

		private Object details() {
			return switch (this.random.nextInt(9)) {
				case 0 -> Missing.VALUE;
				case 1 -> new Document("oblast", null);
				case 2 -> List.of(new Document("oblast", new Document("code", oblast())),
						new Document("oblast", new Document("code", oblast())));
				case 3 -> new Document("oblast", new Document("code", List.of(oblast(), oblast())));
				case 4 -> new Document("oblast", new Document("name", "Kyiv"));
				case 5 -> new Document("oblast", List.of(new Document("code", oblast()), "junk"));
				case 6 -> List.of(List.of(new Document("oblast", new Document("code", oblast()))));
				case 7 -> new Document("oblast", new Document("code", List.of(List.of(oblast()))));
				default -> new Document("oblast", new Document("code", oblast()).append("name", "name"));
			};
		}

		private Object tags() {
			return switch (this.random.nextInt(7)) {
				case 0 -> Missing.VALUE;
				case 1 -> List.of();
				case 2 -> tag();
				case 3 -> List.of(List.of(tag(), tag()), tag());
				default -> List.of(tag(), tag());
			};
		}

		private long chat() {
			return 1 + this.random.nextInt(6);
		}

		private String oblast() {
			return "UA-" + this.random.nextInt(5);
		}

		private String status() {
			return STATUSES[this.random.nextInt(STATUSES.length)];
		}

		private int priority() {
			return this.random.nextInt(3);
		}

		private String tag() {
			return TAGS[this.random.nextInt(TAGS.length)];
		}

		private String ref() {
			return "r" + this.random.nextInt(4);
		}

		private String someId() {
			return String.format("t-%04d", this.random.nextInt(Math.max(this.next, 1)));
		}

		private static void maybe(Document document, String field, Object value) {
			if (value != Missing.VALUE) {
				document.put(field, value);
			}
		}

		private static String attempt(Supplier<Object> write) {
			try {
				return String.valueOf(write.get());
			}
			catch (MongoException ex) {
				return "error " + ex.getCode();
			}
		}

	}

	/** A field left out of a document. */
	private enum Missing {

		VALUE

	}

}
