package org.evac.admin.teams;

import java.util.List;

import org.evac.admin.security.Actor;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.team.Team;
import org.evac.domain.team.Teams;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Which requests a caller may see: admins all; everyone else those of their teams (the
 * team ids stored on each request). The queue, the stats and the export add
 * {@link #criteria} to their query; one request's endpoints are guarded by
 * {@link TeamGate}.
 */
@Component
public class TeamScope {

	/** The stored field that holds a request's team ids. */
	static final String TEAMS = "teams";

	private final Teams teams;

	TeamScope(Teams teams) {
		this.teams = teams;
	}

	/** The caller's requests as a criterion; null for an admin, who sees everything. */
	public Criteria criteria(Actor actor) {
		return actor.isAdmin() ? null : Criteria.where(TEAMS).in(teamIds(actor));
	}

	public boolean sees(Actor actor, EvacuationRequest request) {
		if (actor.isAdmin()) {
			return true;
		}
		List<String> mine = teamIds(actor);
		return request.teams() != null && request.teams().stream().anyMatch(mine::contains);
	}

	List<String> teamIds(Actor actor) {
		return this.teams.ofMember(actor.username()).stream().map(Team::id).toList();
	}

}
