package org.evac.bot.followup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.QueueGroup;
import org.evac.domain.request.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-ups' tick, not the queue's page, raises the open requests nobody touched for
 * a day: once, through the queue-stale index, on the real embedded database and a clock
 * the test moves.
 */
class StaleRequestsTest {

	private final FollowUpFixture evac = new FollowUpFixture();

	private final StaleRequests stale = new StaleRequests(this.evac.mongo, FollowUpFixture.STALE_AFTER);

	@AfterEach
	void close() {
		this.evac.close();
	}

	private QueueGroup storedGroup(EvacuationRequest request) {
		int stored = this.evac.mongo.findById(request.id(), Document.class, "requests").getInteger("queueGroup");
		return QueueGroup.values()[stored];
	}

	/** Filed and taken by a volunteer (so no "unclaimed" notice raises it first). */
	private EvacuationRequest taken(long chatId) {
		EvacuationRequest request = this.evac.file(chatId, Language.UK);
		return this.evac.requests.claim(request.id(), "volunteer").orElseThrow();
	}

	@Test
	void aRequestNobodyTouchedForADayIsRaisedByTheTick() {
		EvacuationRequest request = taken(1L);
		this.evac.tick();

		this.evac.after(Duration.ofHours(23).plusMinutes(59));
		assertThat(storedGroup(request)).isEqualTo(QueueGroup.CHILDREN);

		this.evac.after(Duration.ofMinutes(2));
		assertThat(storedGroup(request)).isEqualTo(QueueGroup.RAISED);

		this.evac.after(Duration.ofMinutes(10));
		this.evac.after(Duration.ofMinutes(10));
		assertThat(storedGroup(request)).as("it stays raised").isEqualTo(QueueGroup.RAISED);
	}

	@Test
	void aRequestIsRaisedOnceAndReadNoMore() {
		taken(1L);
		this.evac.clock.advance(Duration.ofHours(25));

		assertThat(this.stale.raise(this.evac.clock.instant())).isEqualTo(1);
		this.evac.read.reset();
		assertThat(this.stale.raise(this.evac.clock.instant())).isZero();
		assertThat(this.evac.read.from("requests")).as("nothing stale: nothing read").isZero();
	}

	@Test
	void aTouchedRequestSinksBackAndIsRaisedADayAfterItsTouch() {
		EvacuationRequest request = taken(1L);
		this.evac.after(Duration.ofHours(25));
		assertThat(storedGroup(request)).isEqualTo(QueueGroup.RAISED);

		this.evac.requests.addNote(request.id(), "volunteer", "called, no answer");
		assertThat(storedGroup(request)).as("a write sets the group afresh").isEqualTo(QueueGroup.CHILDREN);
		this.evac.after(Duration.ofHours(23));
		assertThat(storedGroup(request)).isEqualTo(QueueGroup.CHILDREN);

		this.evac.after(Duration.ofHours(2));
		assertThat(storedGroup(request)).isEqualTo(QueueGroup.RAISED);
	}

	@Test
	void closedRequestsAreLeftAlone() {
		EvacuationRequest request = taken(1L);
		this.evac.requests.changeStatus(request.id(), RequestStatus.CANCELLED, "volunteer", null, null);

		this.evac.after(Duration.ofDays(3));

		assertThat(storedGroup(request)).isEqualTo(QueueGroup.CHILDREN);
	}

	/** Copies of a stored request, each its own number, filing key and chat. */
	private List<Document> copiesOf(EvacuationRequest model, int copies, long firstChat, String status) {
		Document stored = this.evac.mongo.findById(model.id(), Document.class, "requests");
		List<Document> all = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			Document copy = new Document(stored);
			copy.remove("_id");
			copy.put("number", "EV-C" + (firstChat + i));
			copy.put("filingKey", "copy-" + (firstChat + i));
			copy.put("chatId", firstChat + i);
			copy.put("status", status);
			all.add(copy);
		}
		return all;
	}

	private long scannedByTheServer() {
		Document status = this.evac.database.template().executeCommand(new Document("serverStatus", 1));
		return status.get("metrics", Document.class).get("queryExecutor", Document.class).getLong("scannedObjects");
	}

	@Test
	void raisingReadsEachStaleRequestTwiceAndNothingElse() {
		EvacuationRequest model = taken(1L);
		int stale = 3 * StaleRequests.BATCH;
		this.evac.mongo.insert(copiesOf(model, stale, 100_000L, RequestStatus.IN_PROGRESS.name()), "requests");
		this.evac.mongo.insert(copiesOf(model, 500, 200_000L, RequestStatus.EVACUATED.name()), "requests");
		this.evac.clock.advance(Duration.ofHours(25));
		long before = scannedByTheServer();

		assertThat(this.stale.raise(this.evac.clock.instant())).isEqualTo(stale + 1);

		// once to find a batch's ids, once to raise them; not every stale one for each
		// batch
		assertThat(scannedByTheServer() - before).as("documents the server read").isLessThanOrEqualTo(2L * (stale + 1));
	}

	@Test
	void aBacklogIsRaisedInBoundedBatchesOverTicks() {
		EvacuationRequest model = taken(1L);
		int backlog = StaleRequests.BATCH * StaleRequests.MAX_BATCHES + 10;
		this.evac.mongo.insert(copiesOf(model, backlog, 100_000L, RequestStatus.IN_PROGRESS.name()), "requests");
		this.evac.clock.advance(Duration.ofHours(25));

		assertThat(this.stale.raise(this.evac.clock.instant()))
			.isEqualTo(StaleRequests.BATCH * StaleRequests.MAX_BATCHES);
		assertThat(this.stale.raise(this.evac.clock.instant())).isEqualTo(11);
	}

}
