package org.evac.bot.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.QueueGroup;
import org.evac.domain.request.RequestStatus;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Open requests nobody touched for {@code evac.queue.stale-after} join the escalated ones
 * in the queue: each tick stores {@link QueueGroup#RAISED} as their group, once (the next
 * write of the request sets its group afresh, and a day later it may be raised again).
 * Done here, not when the queue is read, so that reading the queue never writes. Only the
 * requests gone stale since the last tick are read, through the {@code queue-stale} index
 * ({@code status, queueGroup, updatedAt}), a batch at a time and a bounded number per
 * tick: a large backlog (after downtime) is raised over a few ticks, never in one long
 * write.
 */
class StaleRequests {

	/**
	 * Requests raised with one write: few, because the embedded server holds the
	 * collection's lock for a whole write and a volunteer's queue page waits for it.
	 */
	static final int BATCH = 100;

	/** Batches in one tick at most: 2,000 a tick, a backlog of 60,000 in five minutes. */
	static final int MAX_BATCHES = 20;

	private static final String STATUS = "status";

	private static final String QUEUE_GROUP = "queueGroup";

	private final MongoTemplate mongo;

	private final Duration staleAfter;

	StaleRequests(MongoTemplate mongo, Duration staleAfter) {
		this.mongo = mongo;
		this.staleAfter = staleAfter;
	}

	/** Raises what went stale by {@code now}; returns how many. */
	long raise(Instant now) {
		Instant touchedBefore = now.minus(this.staleAfter);
		long raised = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			List<Object> ids = staleIds(touchedBefore);
			if (ids.isEmpty()) {
				break;
			}
			// the same condition again, so that a request touched meanwhile stays where
			// it
			// is; beside the ids, not in an $and with them: the embedded server looks ids
			// up in its index only when _id is a key of the query itself, and scans every
			// stored request otherwise
			raised += this.mongo
				.updateMulti(Query.query(stale(Criteria.where("_id").in(ids).and(STATUS), touchedBefore)),
						Update.update(QUEUE_GROUP, QueueGroup.RAISED.stored()), EvacuationRequest.class)
				.getModifiedCount();
			if (ids.size() < BATCH) {
				break;
			}
		}
		return raised;
	}

	/**
	 * The longest untouched first: in the {@code queue-stale} index's order after its
	 * pinned keys, so that the embedded server reads a batch of them in order and stops,
	 * instead of listing every stale request for each batch.
	 */
	private List<Object> staleIds(Instant touchedBefore) {
		Query query = Query.query(stale(Criteria.where(STATUS), touchedBefore))
			.with(Sort.by(Sort.Order.asc("updatedAt")))
			.limit(BATCH);
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, "requests").stream().map(d -> d.get("_id")).toList();
	}

	/**
	 * Open, not raised yet, untouched since then: {@code status} is the criteria's last
	 * key.
	 */
	private static Criteria stale(Criteria status, Instant touchedBefore) {
		return status.in(RequestStatus.OPEN)
			.and(QUEUE_GROUP)
			.in(QueueGroup.CHILDREN.stored(), QueueGroup.WAITING.stored())
			.and("updatedAt")
			.lt(touchedBefore);
	}

}
