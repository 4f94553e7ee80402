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

	@Test
	void aBacklogIsRaisedInBoundedBatchesOverTicks() {
		EvacuationRequest model = taken(1L);
		Document stored = this.evac.mongo.findById(model.id(), Document.class, "requests");
		List<Document> copies = new ArrayList<>();
		int backlog = StaleRequests.BATCH * StaleRequests.MAX_BATCHES + 10;
		for (int i = 0; i < backlog; i++) {
			Document copy = new Document(stored);
			copy.remove("_id");
			copy.put("number", "EV-C" + i);
			copy.put("filingKey", "copy-" + i);
			copy.put("chatId", 100_000L + i);
			copies.add(copy);
		}
		this.evac.mongo.insert(copies, "requests");
		this.evac.clock.advance(Duration.ofHours(25));

		assertThat(this.stale.raise(this.evac.clock.instant()))
			.isEqualTo(StaleRequests.BATCH * StaleRequests.MAX_BATCHES);
		assertThat(this.stale.raise(this.evac.clock.instant())).isEqualTo(11);
	}

}
