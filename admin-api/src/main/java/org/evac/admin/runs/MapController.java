package org.evac.admin.runs;

import java.util.ArrayList;
import java.util.List;

import org.evac.admin.requests.RequestQueue;
import org.evac.admin.requests.Urgency;
import org.evac.admin.security.Actor;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open requests on the map, coloured by urgency. Everyone sees each request at its
 * settlement's point; only the volunteer holding a request sees the point its resident
 * shared (never someone else's), and that read is audited.
 */
@RestController
class MapController {

	private static final String[] READ = { "number", "status", "needsAttention", "updatedAt", "priority", "createdAt",
			"details", "claimedBy", "runId", "erased" };

	private final MongoTemplate mongo;

	private final RequestQueue queue;

	private final Candidates places;

	private final AuditLog audit;

	MapController(MongoTemplate mongo, RequestQueue queue, Candidates places, AuditLog audit) {
		this.mongo = mongo;
		this.queue = queue;
		this.places = places;
		this.audit = audit;
	}

	/**
	 * @param settlement a settlement's code or name, to show one
	 * @param oblast an oblast's code or name
	 */
	@GetMapping("/api/map/markers")
	@PreAuthorize(RunController.LOGGED_IN)
	Markers markers(@RequestParam(required = false) String settlement, @RequestParam(required = false) String oblast,
			Authentication authentication) {
		Actor actor = Actor.of(authentication);
		Criteria criteria = Criteria.where("status").in(RequestStatus.OPEN);
		if (settlement != null && !settlement.isBlank()) {
			criteria = criteria.orOperator(Criteria.where("details.settlement.code").is(settlement),
					Criteria.where("details.settlement.name").is(settlement));
		}
		if (oblast != null && !oblast.isBlank()) {
			criteria = criteria.and("details.oblast.code").is(oblast);
		}
		Query query = Query.query(criteria);
		query.fields().include(READ);
		Urgency urgency = this.queue.urgency();
		List<Marker> markers = new ArrayList<>();
		List<String> exact = new ArrayList<>();
		int withoutPoint = 0;
		for (EvacuationRequest request : this.mongo.find(query, EvacuationRequest.class)
			.stream()
			.sorted(urgency.order())
			.toList()) {
			boolean mine = actor.username().equals(request.claimedBy());
			GeoPoint shared = (mine && request.details() != null) ? request.details().location() : null;
			GeoPoint point = (shared != null) ? shared : this.places.settlementPoint(request.details());
			if (point == null) {
				withoutPoint++;
				continue;
			}
			if (shared != null) {
				exact.add(request.number());
			}
			Load load = Load.of(request);
			markers.add(new Marker(request.id(), request.number(), point.lat(), point.lon(), shared != null,
					urgency.reason(request), request.status(), load.seats(), load.stretchers(),
					(request.details() == null || request.details().settlement() == null) ? null
							: request.details().settlement().name(),
					request.claimedBy(), request.runId()));
		}
		if (!exact.isEmpty()) {
			this.audit.record(actor.username(), null, AuditAction.LIST_REQUESTS,
					"exact points on the map of " + exact.size() + " requests: " + String.join(", ", exact));
		}
		return new Markers(markers, withoutPoint);
	}

	/**
	 * @param exact the resident's shared point (the caller holds the request); else the
	 * settlement's
	 */
	record Marker(String id, String number, double lat, double lon, boolean exact, Urgency.Reason reason,
			RequestStatus status, int seats, int stretchers, String settlement, String claimedBy, String runId) {
	}

	/**
	 * @param withoutPoint open requests left off: neither they nor their settlement have
	 * a point
	 */
	record Markers(List<Marker> markers, int withoutPoint) {
	}

}
