package org.evac.admin.requests;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.evac.admin.security.Actor;
import org.evac.domain.account.Role;
import org.evac.domain.i18n.Language;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.request.Destination;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.domain.request.SpecialNeed;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's first page and its count are read through the queue's indexes: on the
 * embedded server a page reads about a page of requests however many are open (counted in
 * the documents the server reads), and on a real MongoDB the same queries are planned as
 * index scans without a sort in memory.
 */
class QueuePageReadsAPageTest {

	private static final int OPEN = 400;

	private static final int PAGE = 20;

	private static final String BAKHMUT = "UA14040030010031337";

	final TestDatabase database = new TestDatabase();

	final RequestQueueTest.MutableClock clock = new RequestQueueTest.MutableClock(RequestQueueTest.START);

	final Requests requests = new Requests(this.database.template(), this.clock);

	final RequestQueue queue = new RequestQueue(this.database.template(), this.clock,
			new QueueProperties(Duration.ofHours(24)));

	final Actor olena = new Actor("olena", Role.VOLUNTEER);

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	@DisabledIfEnvironmentVariable(named = "MONGODB_TEST_URI", matches = ".+")
	void aFirstPageAndItsCountReadAboutAPageOfTheEmbeddedServersDocuments() {
		fileOpenRequests();
		this.clock.advance(Duration.ofHours(30)); // every one of them stale (the tick
													// raises them)
		this.queue.page(filter(null), this.olena); // the indexes filled

		for (String settlement : new String[] { null, BAKHMUT }) {
			long before = examined();
			RequestQueue.Result page = this.queue.page(filter(settlement), this.olena);

			assertThat(page.content()).hasSize(PAGE);
			assertThat(page.total()).isEqualTo((settlement == null) ? OPEN : OPEN / 2);
			// read in order until a page matches, then the page itself again
			assertThat(examined() - before).as("documents read for a page in %s", settlement)
				.isLessThanOrEqualTo(2 * PAGE + 2);
		}
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "MONGODB_TEST_URI", matches = ".+")
	void onMongoDbThePageIsAnIndexScanWithoutASortInMemory() {
		fileOpenRequests();
		List<String> open = RequestStatus.OPEN.stream().map(Enum::name).toList();
		Document sort = new Document("queueGroup", 1).append("priority", -1).append("createdAt", 1).append("number", 1);
		for (Document filter : List.of(new Document("status", new Document("$in", open)),
				new Document("details.settlement.code", BAKHMUT).append("status", new Document("$in", open)))) {
			Document plan = this.database.template()
				.getCollection("requests")
				.find(filter)
				.sort(sort)
				.limit(PAGE)
				.explain();
			String winning = plan.get("queryPlanner", Document.class).get("winningPlan", Document.class).toJson();

			assertThat(winning).as("%s", filter).contains("IXSCAN").doesNotContain("\"SORT\"");
		}
	}

	private void fileOpenRequests() {
		for (int i = 0; i < OPEN; i++) {
			this.clock.advance(Duration.ofMinutes(1));
			PlaceRef place = (i % 2 == 0) ? new PlaceRef(BAKHMUT, "Бахмут") : PlaceRef.named("Костянтинівка");
			this.requests.file(i + 1, "draft-" + i, Language.UK,
					new RequestDetails(place, new PlaceRef("UA14", "Донецька область"), "вул. 1", null,
							"+38050000" + (1000 + i), null, 1 + i % 3, i % 3,
							(i % 7 == 0) ? Set.of(SpecialNeed.ELDERLY) : Set.of(), Destination.undecided(), false));
		}
	}

	private QueueFilter filter(String settlement) {
		return new QueueFilter(List.of(), null, settlement, null, null, 0, PAGE);
	}

	private long examined() {
		Document status = this.database.template().executeCommand(new Document("serverStatus", 1));
		return status.get("metrics", Document.class).get("queryExecutor", Document.class).getLong("scannedObjects");
	}

}
