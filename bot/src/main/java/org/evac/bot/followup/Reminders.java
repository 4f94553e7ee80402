package org.evac.bot.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The reminders being sent. Every step is one atomic write of one document: planning is
 * an insert under the reminder's key, taking one up is a findAndModify that only one
 * instance can win, and a lease that ran out makes it free again.
 */
class Reminders {

	private final MongoTemplate mongo;

	private final Duration lease;

	Reminders(MongoTemplate mongo, Duration lease) {
		this.mongo = mongo;
		this.lease = lease;
	}

	/** Stores the reminder unless one with its key is there already. */
	boolean plan(Planned planned, Instant dueAt, Instant now) {
		try {
			this.mongo.insert(new Reminder(planned.key(), planned.kind(), planned.chatId(), planned.subject(), dueAt,
					Reminder.State.PENDING, 0, null, Instant.EPOCH, now));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The keys stored now: few, since only what is due is stored. */
	Set<String> keys() {
		Query all = new Query();
		all.fields().include("_id");
		return this.mongo.find(all, org.bson.Document.class, "reminders")
			.stream()
			.map(d -> String.valueOf(d.get("_id")))
			.collect(Collectors.toSet());
	}

	/**
	 * Takes up one due reminder for {@code owner}: one nobody holds, or one whose
	 * holder's lease ran out.
	 */
	Optional<Reminder> claimNext(String owner, Instant now) {
		Criteria due = Criteria.where("state").is(Reminder.State.PENDING).and("dueAt").lte(now);
		Criteria abandoned = Criteria.where("state").is(Reminder.State.SENDING).and("leaseUntil").lt(now);
		Update take = new Update().set("state", Reminder.State.SENDING)
			.set("owner", owner)
			.set("leaseUntil", now.plus(this.lease))
			.inc("attempts", 1);
		return Optional.ofNullable(this.mongo.findAndModify(Query.query(new Criteria().orOperator(due, abandoned)),
				take, FindAndModifyOptions.options().returnNew(true), Reminder.class));
	}

	/** Sent or moot: it leaves, unless another instance took it over meanwhile. */
	void done(Reminder reminder) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(reminder.id()).and("owner").is(reminder.owner())),
				Reminder.class);
	}

	/** Back to waiting, until {@code dueAt} (the end of quiet hours). */
	void postpone(Reminder reminder, Instant dueAt) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(reminder.id()).and("owner").is(reminder.owner())),
				new Update().set("state", Reminder.State.PENDING)
					.set("dueAt", dueAt)
					.set("attempts", 0)
					.set("owner", null)
					.set("leaseUntil", Instant.EPOCH),
				Reminder.class);
	}

	/** The resident erased their data: nothing more goes to them. */
	long dropChat(long chatId) {
		return this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), Reminder.class).getDeletedCount();
	}

	long count() {
		return this.mongo.count(new Query(), Reminder.class);
	}

}
