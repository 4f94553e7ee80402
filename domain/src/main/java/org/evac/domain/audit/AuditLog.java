package org.evac.domain.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The audit trail of every read of personal data and every change of a request. */
public class AuditLog {

	private final MongoTemplate mongo;

	private final Clock clock;

	public AuditLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void record(String account, String requestId, AuditAction action, String detail) {
		this.mongo.insert(new AuditEntry(null, this.clock.instant(), account, requestId, action, detail));
	}

	/**
	 * Records what {@code id} names once: recording it again (after a crash, from another
	 * instance) adds nothing.
	 */
	public void recordOnce(String id, Instant at, String account, String requestId, AuditAction action, String detail) {
		try {
			this.mongo.insert(new AuditEntry(id, at, account, requestId, action, detail));
		}
		catch (DuplicateKeyException ex) {
			// recorded before
		}
	}

	/** Newest first; either filter may be null. */
	public List<AuditEntry> find(String requestId, String account, int limit) {
		Criteria criteria = new Criteria();
		if (requestId != null) {
			criteria = criteria.and("requestId").is(requestId);
		}
		if (account != null) {
			criteria = criteria.and("account").is(account);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("at").descending()).limit(limit), AuditEntry.class);
	}

}
