package org.evac.admin.runs;

import java.util.ArrayList;
import java.util.List;

import org.evac.admin.requests.RequestQueue;
import org.evac.admin.requests.Urgency;
import org.evac.admin.security.Actor;
import org.evac.admin.teams.TeamScope;
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
			"details", "claimedBy", "runId", "chatId", "erased", "telegramUnreachable" };

	private final MongoTemplate mongo;

	private final RequestQueue queue;

	private final Candidates places;

	private final AuditLog audit;

	/** The caller's teams' requests only, as in the queue. */
	private final TeamScope teams;

	MapController(MongoTemplate mongo, RequestQueue queue, Candidates places, AuditLog audit, TeamScope teams) {
		this.mongo = mongo;
		this.queue = queue;
		this.places = places;
		this.audit = audit;
		this.teams = teams;
	}

	/**
	 * The queue's filters, on the map.
	 * @param status the statuses to show; the open ones if none
	 * @param settlement a settlement's code or name, to show one
	 * @param oblast an oblast's code
	 * @param claimedBy {@code me}, {@code none} (unclaimed) or a volunteer's username
	 */
	@GetMapping("/api/map/markers")
	@PreAuthorize(RunController.LOGGED_IN)
	Markers markers(@RequestParam(required = false) List<RequestStatus> status,
			@RequestParam(required = false) String settlement, @RequestParam(required = false) String oblast,
			@RequestParam(required = false) String claimedBy, Authentication authentication) {
		Actor actor = Actor.of(authentication);
		Query query = Query.query(criteria(status, settlement, oblast, claimedBy, actor));
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

	private Criteria criteria(List<RequestStatus> status, String settlement, String oblast, String claimedBy,
			Actor actor) {
		List<Criteria> all = new ArrayList<>();
		Criteria team = this.teams.criteria(actor);
		if (team != null) {
			all.add(team);
		}
		all.add(Criteria.where("status").in((status == null || status.isEmpty()) ? RequestStatus.OPEN : status));
		if (settlement != null && !settlement.isBlank()) {
			all.add(new Criteria().orOperator(Criteria.where("details.settlement.code").is(settlement),
					Criteria.where("details.settlement.name").is(settlement)));
		}
		if (oblast != null && !oblast.isBlank()) {
			all.add(Criteria.where("details.oblast.code").is(oblast));
		}
		if ("me".equals(claimedBy)) {
			all.add(Criteria.where("claimedBy").is(actor.username()));
		}
		else if ("none".equals(claimedBy)) {
			all.add(Criteria.where("claimedBy").is(null));
		}
		else if (claimedBy != null && !claimedBy.isBlank()) {
			all.add(Criteria.where("claimedBy").is(claimedBy));
		}
		return new Criteria().andOperator(all);
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
