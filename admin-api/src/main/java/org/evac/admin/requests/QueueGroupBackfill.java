package org.evac.admin.requests;

import java.util.stream.Stream;

import org.bson.Document;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.QueueGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives the requests stored before the queue kept its order their {@link QueueGroup}
 * (every write stores it since), once: a marker in {@code migrations} says it was done,
 * so later starts read nothing. Without it, they would sort before every other request.
 */
@Component
class QueueGroupBackfill {

	private static final Logger log = LoggerFactory.getLogger(QueueGroupBackfill.class);

	private static final String MARKER = "requests.queueGroup";

	private final MongoTemplate mongo;

	QueueGroupBackfill(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillIn() {
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(MARKER)), "migrations")) {
			return;
		}
		Query missing = Query.query(Criteria.where("queueGroup").exists(false));
		missing.fields()
			.include("details", "needsAttention", "number", "chatId", "erased", "priority", "telegramUnreachable");
		long filled = 0;
		try (Stream<EvacuationRequest> old = this.mongo.stream(missing, EvacuationRequest.class)) {
			for (EvacuationRequest request : (Iterable<EvacuationRequest>) old::iterator) {
				Query unchanged = Query.query(Criteria.where("_id").is(request.id()).and("queueGroup").exists(false));
				this.mongo.updateFirst(unchanged,
						Update.update("queueGroup",
								QueueGroup.of(request.details(), request.needsAttention()).stored()),
						EvacuationRequest.class);
				filled++;
			}
		}
		this.mongo.insert(new Document("_id", MARKER), "migrations");
		log.info("Requests given their place in the queue: {}", filled);
	}

}
