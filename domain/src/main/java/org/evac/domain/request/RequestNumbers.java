package org.evac.domain.request;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Short numbers people can read out on the phone: EV-1001, EV-1002... One atomic
 * increment of a counter document, so two instances never hand out the same number.
 */
class RequestNumbers {

	private static final String COUNTERS = "counters";

	private static final int FIRST = 1001;

	private final MongoTemplate mongo;

	RequestNumbers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	String next() {
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is("request-number")),
				new Update().inc("value", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Document.class, COUNTERS);
		long value = ((Number) counter.get("value")).longValue();
		return "EV-" + (FIRST - 1 + value);
	}

}
