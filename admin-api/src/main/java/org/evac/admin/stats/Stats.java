package org.evac.admin.stats;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Counts for the team's overview; anonymous by construction. */
@Component
class Stats {

	private final MongoTemplate mongo;

	Stats(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	StatsView now() {
		return now(null);
	}

	/**
	 * @param scope the caller's teams' requests ({@code TeamScope}); null for all
	 */
	StatsView now(Criteria scope) {
		Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
		for (RequestStatus status : RequestStatus.values()) {
			byStatus.put(status, 0L);
		}
		group(scope, "status").forEach(d -> byStatus.put(RequestStatus.valueOf(d.getString("_id")), requests(d)));
		Criteria open = Criteria.where("status").in(RequestStatus.OPEN);
		Criteria waiting = (scope == null) ? open : new Criteria().andOperator(open, scope);
		List<Waiting> byOblast = group(waiting, "details.oblast.name").stream().map(Stats::waiting).toList();
		List<Waiting> bySettlement = group(waiting, "details.settlement.name").stream().map(Stats::waiting).toList();
		Waiting total = bySettlement.stream()
			.reduce(new Waiting(null, 0, 0, 0), (a, b) -> new Waiting(null, a.requests() + b.requests(),
					a.people() + b.people(), a.children() + b.children()));
		return new StatsView(byStatus, byOblast, bySettlement, total);
	}

	private List<Document> group(Criteria match, String field) {
		Aggregation aggregation = (match == null)
				? Aggregation.newAggregation(Aggregation.group(field)
					.count()
					.as("requests")
					.sum("details.householdSize")
					.as("people")
					.sum("details.children")
					.as("children"), Aggregation.sort(Sort.Direction.DESC, "requests"))
				: Aggregation.newAggregation(Aggregation.match(match),
						Aggregation.group(field)
							.count()
							.as("requests")
							.sum("details.householdSize")
							.as("people")
							.sum("details.children")
							.as("children"),
						Aggregation.sort(Sort.Direction.DESC, "requests"));
		return this.mongo.aggregate(aggregation, EvacuationRequest.class, Document.class).getMappedResults();
	}

	private static long requests(Document d) {
		return ((Number) d.get("requests")).longValue();
	}

	private static Waiting waiting(Document d) {
		Object id = d.get("_id");
		return new Waiting((id == null) ? "?" : id.toString(), requests(d), ((Number) d.get("people")).longValue(),
				((Number) d.get("children")).longValue());
	}

	/**
	 * @param waiting the open requests, with the people and children in them
	 */
	record StatsView(Map<RequestStatus, Long> byStatus, List<Waiting> byOblast, List<Waiting> bySettlement,
			Waiting waiting) {
	}

	/** Open requests of one place, and the people and children in them. */
	record Waiting(String place, long requests, long people, long children) {
	}

}
