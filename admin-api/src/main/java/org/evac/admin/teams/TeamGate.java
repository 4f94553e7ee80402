package org.evac.admin.teams;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evac.admin.security.Actor;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.team.TeamAssignment;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every endpoint of one request ({@code /api/requests/{id}/...}: the detail, its files,
 * every casework action) answers 404 to someone outside the request's teams, as if it did
 * not exist, before anything is read or changed: one guard, so a new endpoint there is
 * guarded too.
 */
class TeamGate implements HandlerInterceptor {

	/** The paths of one request's endpoints. */
	static final String[] PATHS = { "/api/requests/*", "/api/requests/*/**" };

	private final MongoTemplate mongo;

	private final TeamScope scope;

	TeamGate(MongoTemplate mongo, TeamScope scope) {
		this.mongo = mongo;
		this.scope = scope;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (authentication == null || !(variables instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)) {
			return true;
		}
		Actor actor = Actor.of(authentication);
		if (actor.isAdmin()) {
			return true;
		}
		EvacuationRequest found = teamsOf(id);
		if (found != null && !this.scope.sees(actor, found)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No request " + id);
		}
		return true; // a request that does not exist is the endpoint's own 404
	}

	/** The request with only its teams read, by id or by number ({@code EV-1001}). */
	private EvacuationRequest teamsOf(String id) {
		Query query = Query
			.query(id.matches("EV-\\d{1,9}") ? Criteria.where("number").is(id) : Criteria.where("_id").is(id));
		query.fields().include(TeamAssignment.PRIMITIVES).include(TeamScope.TEAMS);
		try {
			return this.mongo.findOne(query, EvacuationRequest.class);
		}
		catch (RuntimeException ex) {
			return null; // not an id at all: the endpoint says so
		}
	}

}
