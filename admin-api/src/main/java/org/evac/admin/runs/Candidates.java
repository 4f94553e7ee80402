package org.evac.admin.runs;

import java.util.List;

import org.evac.admin.requests.Urgency;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.Settlement;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The households a run could take, most urgent first (the queue's {@link Urgency}): new
 * or in progress, held by nobody or by the run's volunteer, in no run, in the run's
 * settlement or circle. A request's point is the one the resident shared, else its
 * settlement's.
 */
@Component
class Candidates {

	/** What the order, the filling and the circle look at. */
	private static final String[] READ = { "number", "status", "needsAttention", "updatedAt", "priority", "createdAt",
			"details", "claimedBy", "runId", "chatId", "erased", "telegramUnreachable" };

	private final MongoTemplate mongo;

	private final SettlementRegister settlements;

	Candidates(MongoTemplate mongo, SettlementRegister settlements) {
		this.mongo = mongo;
		this.settlements = settlements;
	}

	List<EvacuationRequest> of(Run run, Urgency urgency) {
		Criteria criteria = Criteria.where("status")
			.in(RequestStatus.NEW, RequestStatus.IN_PROGRESS)
			.and("runId")
			.is(null)
			.orOperator(Criteria.where("claimedBy").is(null), Criteria.where("claimedBy").is(run.volunteer()));
		if (run.settlement() != null && run.settlement().code() != null) {
			criteria = criteria.and("details.settlement.code").is(run.settlement().code());
		}
		else if (run.settlement() != null) {
			criteria = criteria.and("details.settlement.name").is(run.settlement().name());
		}
		Query query = Query.query(criteria);
		query.fields().include(READ);
		return this.mongo.find(query, EvacuationRequest.class)
			.stream()
			.filter(r -> run.center() == null || RunPlan.within(run.center(), run.radiusKm(), pointOf(r)))
			.sorted(urgency.order())
			.toList();
	}

	/**
	 * Where a request is on the map: its shared point, else its settlement's, or null.
	 */
	GeoPoint pointOf(EvacuationRequest request) {
		RequestDetails details = request.details();
		if (details == null) {
			return null;
		}
		if (details.location() != null) {
			return details.location();
		}
		return settlementPoint(details);
	}

	/** The settlement's point (its own, or its hromada's), or null. */
	GeoPoint settlementPoint(RequestDetails details) {
		if (details == null || details.settlement() == null || details.settlement().code() == null
				|| this.settlements == null) {
			return null;
		}
		return this.settlements.byCode(details.settlement().code()).map(Settlement::location).orElse(null);
	}

}
