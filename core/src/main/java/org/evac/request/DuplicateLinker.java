package org.evac.request;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Links a new request to the open requests that may be the same household: the same
 * phone, or the same settlement and address. Both show the link; a coordinator decides
 * whether to merge them.
 */
class DuplicateLinker {

	private static final Logger log = LoggerFactory.getLogger(DuplicateLinker.class);

	private final MongoTemplate mongo;

	private final Requests requests;

	DuplicateLinker(MongoTemplate mongo, Requests requests) {
		this.mongo = mongo;
		this.requests = requests;
	}

	@EventListener
	void on(RequestFiled filed) {
		try {
			this.requests.byId(filed.id()).ifPresent(this::link);
		}
		catch (RuntimeException ex) {
			// a missed link must never stop a request being filed
			log.warn("Could not look for duplicates of {}: {}", filed.number(), ex.getClass().getSimpleName());
		}
	}

	private void link(EvacuationRequest request) {
		for (EvacuationRequest other : candidates(request)) {
			String reason = reason(request.details(), other.details());
			if (reason == null) {
				continue;
			}
			this.requests.change(request.id(),
					r -> r.linkDuplicate(new DuplicateLink(other.id(), other.number(), reason)));
			this.requests.change(other.id(),
					r -> r.linkDuplicate(new DuplicateLink(request.id(), request.number(), reason)));
			log.info("Requests {} and {} may be the same household ({})", request.number(), other.number(), reason);
		}
	}

	private List<EvacuationRequest> candidates(EvacuationRequest request) {
		RequestDetails d = request.details();
		Criteria samePlace = (d.settlement() == null) ? null
				: (d.settlement().code() != null) ? Criteria.where("details.settlement.code").is(d.settlement().code())
						: Criteria.where("details.settlement.name").is(d.settlement().name());
		Criteria samePhone = (d.phone() == null) ? null : Criteria.where("details.phone").is(d.phone());
		List<Criteria> either = java.util.stream.Stream.of(samePlace, samePhone).filter(Objects::nonNull).toList();
		if (either.isEmpty()) {
			return List.of();
		}
		Criteria criteria = Criteria.where("status")
			.in(RequestStatus.OPEN)
			.and("_id")
			.ne(request.id())
			.orOperator(either.toArray(Criteria[]::new));
		return this.mongo.find(Query.query(criteria), EvacuationRequest.class);
	}

	static String reason(RequestDetails a, RequestDetails b) {
		if (a.phone() != null && a.phone().equals(b.phone())) {
			return "same phone";
		}
		String address = Addresses.normalize(a.address());
		if (!address.isEmpty() && address.equals(Addresses.normalize(b.address()))) {
			return "same address";
		}
		return null;
	}

}
