package org.evac.domain.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Lets one instance of several run a periodic job: the first to take the lock for a
 * period runs it, the others skip. One document's atomic update, no transaction.
 */
public class JobLock {

	private static final String LOCKS = "locks";

	private final MongoTemplate mongo;

	private final Clock clock;

	public JobLock(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * True when this caller may run {@code job} now; nobody else may for {@code period}.
	 */
	public boolean take(String job, Duration period) {
		Instant now = this.clock.instant();
		Query free = Query.query(Criteria.where("_id").is(job).and("until").lte(now));
		Update take = new Update().set("until", now.plus(period)).set("takenAt", now);
		try {
			Document taken = this.mongo.findAndModify(free, take,
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, LOCKS);
			return taken != null;
		}
		catch (DuplicateKeyException ex) {
			return false; // the lock exists and is still held
		}
	}

}
