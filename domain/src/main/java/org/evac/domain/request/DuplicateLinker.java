package org.evac.domain.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
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

	/**
	 * Links a few likely duplicates at most, the first found: with a whole building
	 * sharing an address (or a volunteer's phone given for many families), every request
	 * linking every other would grow without bound.
	 */
	private void link(EvacuationRequest request) {
		List<Candidate> same = candidates(request).stream()
			.filter(other -> other.reasonFor(request) != null)
			.limit(EvacuationRequest.MOST_DUPLICATES)
			.toList();
		if (same.isEmpty()) {
			return;
		}
		this.requests.change(request.id(), r -> same.forEach(
				other -> r.linkDuplicate(new DuplicateLink(other.id(), other.number(), other.reasonFor(request)))));
		for (Candidate other : same) {
			if (other.links() < EvacuationRequest.MOST_DUPLICATES) {
				this.requests.change(other.id(), r -> r
					.linkDuplicate(new DuplicateLink(request.id(), request.number(), other.reasonFor(request))));
			}
		}
		log.info("Request {} may be the same household as {} other(s)", request.number(), same.size());
	}

	/**
	 * Open requests with the same phone or the same address key, each found through its
	 * index, no more than can be linked; only what the comparison needs is read.
	 */
	private List<Candidate> candidates(EvacuationRequest request) {
		Map<String, Candidate> found = new LinkedHashMap<>();
		String phone = request.details().phone();
		if (phone != null) {
			openOthers(request, Criteria.where("details.phone").is(phone)).forEach(c -> found.putIfAbsent(c.id(), c));
		}
		if (request.addressKey() != null) {
			openOthers(request, Criteria.where("addressKey").is(request.addressKey()))
				.forEach(c -> found.putIfAbsent(c.id(), c));
		}
		return List.copyOf(found.values());
	}

	private List<Candidate> openOthers(EvacuationRequest request, Criteria same) {
		Query query = Query.query(same.and("status").in(RequestStatus.OPEN).and("_id").ne(request.id()))
			.limit(EvacuationRequest.MOST_DUPLICATES);
		query.fields().include("number", "details.phone", "addressKey", "possibleDuplicates");
		return this.mongo.find(query, Document.class, "requests").stream().map(Candidate::of).toList();
	}

	/** What a possible duplicate is compared by, and how many links it has already. */
	private record Candidate(String id, String number, String phone, String addressKey, int links) {

		static Candidate of(Document document) {
			Document details = document.get("details", Document.class);
			List<?> links = document.getList("possibleDuplicates", Object.class);
			return new Candidate(String.valueOf(document.get("_id")), document.getString("number"),
					(details == null) ? null : details.getString("phone"), document.getString("addressKey"),
					(links == null) ? 0 : links.size());
		}

		/** Why it may be the same household as {@code request}; null when it is not. */
		String reasonFor(EvacuationRequest request) {
			if (this.phone != null && this.phone.equals(request.details().phone())) {
				return "same phone";
			}
			if (this.addressKey != null && this.addressKey.equals(request.addressKey())) {
				return "same address";
			}
			return null;
		}

	}

}
