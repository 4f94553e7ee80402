package org.evac.domain.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Erases the personal fields of requests closed longer than the retention period. Runs on
 * one instance a day; explicit, because the embedded database does not enforce TTL
 * indexes.
 */
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private static final String SYSTEM = "retention";

	private final MongoTemplate mongo;

	private final Requests requests;

	private final AuditLog audit;

	private final JobLock lock;

	private final RetentionProperties properties;

	private final Clock clock;

	public Retention(MongoTemplate mongo, Requests requests, AuditLog audit, JobLock lock,
			RetentionProperties properties, Clock clock) {
		this.mongo = mongo;
		this.requests = requests;
		this.audit = audit;
		this.lock = lock;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${evac.retention.every:PT24H}")
	void daily() {
		if (this.lock.take("retention", this.properties.every().minusMinutes(5))) {
			run();
		}
	}

	/** Erases what is due now; returns how many requests. */
	public int run() {
		Instant cutoff = this.clock.instant().atOffset(ZoneOffset.UTC).minus(this.properties.closedAfter()).toInstant();
		List<EvacuationRequest> due = this.mongo.find(Query.query(
				Criteria.where("status").nin(RequestStatus.OPEN).and("erased").is(false).and("updatedAt").lt(cutoff)),
				EvacuationRequest.class);
		int erased = 0;
		for (EvacuationRequest request : due) {
			if (this.requests.change(request.id(), r -> r.eraseForRetention(this.clock.instant())).isPresent()) {
				this.audit.record(SYSTEM, request.id(), AuditAction.RETENTION_ERASE, "personal fields");
				erased++;
			}
		}
		if (erased > 0) {
			log.info("Retention: erased the personal data of {} requests closed before {}", erased, cutoff);
		}
		return erased;
	}

}
