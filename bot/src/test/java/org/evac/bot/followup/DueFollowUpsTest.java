package org.evac.bot.followup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.evac.bot.conversation.ConversationRecord;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tick reads what is due, never every open request: each request and each draft keeps
 * when its next follow-up falls due, and only those due (or changed) are read.
 */
class DueFollowUpsTest {

	private final FollowUpFixture evac = new FollowUpFixture();

	@AfterEach
	void close() {
		this.evac.close();
	}

	@Test
	void aTickReadsOnlyTheRequestsThatAreDue() {
		List<EvacuationRequest> due = List.of(this.evac.file(1L, Language.UK), this.evac.file(2L, Language.UK),
				this.evac.file(3L, Language.UK));
		this.evac.conversationAt(5000L, "phone", Language.UK, Duration.ZERO);
		this.evac.tick(); // each is looked at once after filing: its due time is kept
							// from now on
		storeOpenRequestsNotDueForADay(1000 - due.size());
		this.evac.after(Duration.ofMinutes(10));

		this.evac.read.reset();
		this.evac.after(Duration.ofMinutes(10));
		assertThat(this.evac.read.from("requests")).as("nothing due: nothing read").isZero();
		assertThat(this.evac.read.from("conversations")).isZero();

		for (EvacuationRequest request : due) {
			this.evac.requests.claim(request.id(), "volunteer");
		}
		this.evac.read.reset();
		this.evac.after(Duration.ofMinutes(10));
		assertThat(this.evac.read.from("requests")).as("the three that changed").isEqualTo(3);

		this.evac.read.reset();
		this.evac.after(Duration.ofMinutes(10));
		assertThat(this.evac.read.from("requests")).isZero();
		assertThat(this.evac.textsTo(1L)).isEmpty();
	}

	@Test
	void aDueRequestIsReadOnceAndItsRemindersSentOnce() {
		for (long chat = 1; chat <= 40; chat++) {
			this.evac.file(chat, Language.UK);
		}
		this.evac.tick();
		this.evac.clock.advance(Duration.ofDays(1));

		this.evac.read.reset();
		this.evac.tick();
		long dueTick = this.evac.read.from("requests");
		this.evac.read.reset();
		this.evac.after(Duration.ofSeconds(10));

		assertThat(this.evac.count("evac.reminders.sent", "check-in")).isEqualTo(40);
		assertThat(this.evac.count("evac.reminders.sent", "unclaimed")).isEqualTo(40);
		assertThat(dueTick)
			.as("each due request read by the planner, then by each of its two reminders to send it and to mark it")
			.isLessThanOrEqualTo(40 * (1 + 2 * 2));
		assertThat(this.evac.read.from("requests")).as("the marks the reminders left, looked at once").isEqualTo(40);
		this.evac.read.reset();
		this.evac.after(Duration.ofSeconds(10));
		assertThat(this.evac.read.from("requests")).isZero();
	}

	/**
	 * Copies of a request as the follow-ups keep it when nothing is due before tomorrow.
	 */
	private void storeOpenRequestsNotDueForADay(int count) {
		EvacuationRequest model = this.evac.file(999_999L, Language.UK);
		Document stored = this.evac.mongo.findById(model.id(), Document.class, "requests");
		List<Document> copies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Document copy = new Document(stored);
			copy.remove("_id");
			copy.put("number", "EV-C" + i);
			copy.put("filingKey", "copy-" + i);
			copy.put("chatId", 100_000L + i);
			copy.put("nextFollowUpAt", java.util.Date.from(this.evac.clock.instant().plus(Duration.ofDays(1))));
			copies.add(copy);
		}
		this.evac.mongo.getCollection("requests").insertMany(copies);
		this.evac.mongo.remove(Query.query(Criteria.where("_id").is(stored.get("_id"))), "requests");
	}

	@Test
	void requestsAndDraftsStoredBeforeDueTimesWereKeptAreFollowedUp() {
		EvacuationRequest request = this.evac.file(1L, Language.UK);
		this.evac.conversationAt(2L, "phone", Language.UK, Duration.ofMinutes(30));
		// as an older version stored them: without a due time
		asStoredBefore("requests", request.id());
		asStoredBefore("conversations", 2L);
		assertThat(this.evac.mongo.findById(request.id(), Document.class, "requests"))
			.doesNotContainKey("nextFollowUpAt");

		FollowUpCycle upgraded = this.evac.instance(new org.evac.bot.volunteerchat.VolunteerChatProperties(-1L));
		upgraded.run();
		this.evac.clock.advance(Duration.ofMinutes(31));
		upgraded.run();
		this.evac.clock.advance(Duration.ofDays(1));
		upgraded.run();

		assertThat(this.evac.textsTo(2L)).hasSize(2);
		assertThat(this.evac.textsTo(1L)).hasSize(1);
		assertThat(this.evac.reload(request).followUp().checkIns()).isEqualTo(1);
	}

	/**
	 * Replaces the stored document with itself as it was stored before: raw, without the
	 * field.
	 */
	private void asStoredBefore(String collection, Object id) {
		Document stored = this.evac.mongo.findById(id, Document.class, collection);
		stored.remove("nextFollowUpAt");
		this.evac.mongo.remove(Query.query(Criteria.where("_id").is(stored.get("_id"))), collection);
		this.evac.mongo.insert(stored, collection);
	}

	@Test
	void aClosedRequestIsNeverLookedAtAgain() {
		EvacuationRequest request = this.evac.file(1L, Language.UK);
		this.evac.requests.cancelByResident(1L, request.number());

		assertThat(this.evac.reload(request).nextFollowUpAt()).isNull();
		assertThat(this.evac.mongo.find(Query.query(Criteria.where("nextFollowUpAt").exists(true)),
				ConversationRecord.class))
			.isEmpty();
	}

}
