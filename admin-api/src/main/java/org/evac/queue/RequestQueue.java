package org.evac.queue;

import java.util.List;

import org.evac.request.EvacuationRequest;
import org.evac.request.RequestStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The queue as volunteers see it: most urgent first, then longest waiting. */
@Component
class RequestQueue {

	private static final Sort URGENCY = Sort.by(Sort.Order.desc("priority"), Sort.Order.asc("createdAt"));

	private final MongoTemplate mongo;

	RequestQueue(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Page<EvacuationRequest> page(String status, int page, int size) {
		Criteria criteria = (status == null || status.isBlank()) ? Criteria.where("status").in(RequestStatus.OPEN)
				: Criteria.where("status").is(RequestStatus.valueOf(status.toUpperCase()));
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, EvacuationRequest.class);
		List<EvacuationRequest> content = this.mongo.find(Query.of(query).with(PageRequest.of(page, size, URGENCY)),
				EvacuationRequest.class);
		return new PageImpl<>(content, PageRequest.of(page, size, URGENCY), total);
	}

}
