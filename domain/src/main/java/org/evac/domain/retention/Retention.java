package org.evac.domain.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.PersonalDataErased;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Erases the personal data of requests closed longer than the retention period (counted
 * from closing): details, thread, notes, pickup place, history notes. Runs on one
 * instance a day; explicit, because the embedded database does not enforce TTL indexes.
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

	private final ApplicationEventPublisher events;

	public Retention(MongoTemplate mongo, Requests requests, AuditLog audit, JobLock lock,
			RetentionProperties properties, Clock clock) {
		this(mongo, requests, audit, lock, properties, clock, event -> {
		});
	}

	/**
	 * @param events hears of every erased request ({@link PersonalDataErased}), so that
	 * other modules forget their texts for it
	 */
	public Retention(MongoTemplate mongo, Requests requests, AuditLog audit, JobLock lock,
			RetentionProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
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
		// the clock runs from closing, which no later change (a message, a reminder)
		// moves;
		// a request closed before the cutoff was created before it, which the query can
		// ask
		List<EvacuationRequest> due = this.mongo.find(Query.query(
				Criteria.where("status").nin(RequestStatus.OPEN).and("erased").is(false).and("createdAt").lt(cutoff)),
				EvacuationRequest.class)
			.stream()
			.filter(r -> r.statusSince().isBefore(cutoff))
			.toList();
		int erased = 0;
		for (EvacuationRequest request : due) {
			if (this.requests.change(request.id(), r -> r.eraseForRetention(this.clock.instant())).isPresent()) {
				this.audit.record(SYSTEM, request.id(), AuditAction.RETENTION_ERASE, "personal texts and places");
				this.events.publishEvent(new PersonalDataErased(request.id(), request.chatId()));
				erased++;
			}
		}
		if (erased > 0) {
			log.info("Retention: erased the personal data of {} requests closed before {}", erased, cutoff);
		}
		return erased;
	}

}
