package org.evac.domain.team;

import java.util.List;

import org.bson.Document;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestAmended;
import org.evac.domain.request.RequestFiled;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which teams a request belongs to: those whose area holds its settlement (or, for a
 * shared point without one, the nearest settlement; failing both, its oblast). The team
 * ids are stored on the request when it is filed, and again whenever the teams change, so
 * that the queue filters on one stored field instead of working out areas on every read.
 * A request a coordinator moved stays where they put it.
 */
public class TeamAssignment {

	/** How far from a shared point the nearest settlement may be and still place it. */
	static final double NEAREST_WITHIN_KM = 30;

	private static final int ATTEMPTS = 5;

	/**
	 * A request read in part needs these (they cannot be null); tell nothing about the
	 * household.
	 */
	public static final String[] PRIMITIVES = { "chatId", "needsAttention", "erased", "priority",
			"telegramUnreachable" };

	private final MongoTemplate mongo;

	private final Teams teams;

	private final SettlementRegister settlements;

	public TeamAssignment(MongoTemplate mongo, Teams teams, SettlementRegister settlements) {
		this.mongo = mongo;
		this.teams = teams;
		this.settlements = settlements;
	}

	/** Before anyone announces the new request: they announce it to its teams. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(RequestFiled filed) {
		assign(filed.id(), this.teams.all());
	}

	/**
	 * The resident corrected their place: the request goes to the teams of the new one.
	 */
	@EventListener
	public void on(RequestAmended amended) {
		assign(amended.id(), this.teams.all());
	}

	/** After a change of teams: every request goes to the teams of its place now. */
	public int reassignAll() {
		return assign(Query.query(Criteria.where("teamsMoved").ne(true)));
	}

	/** Requests stored before there were teams; returns how many were assigned. */
	int assignUnassigned() {
		return assign(Query.query(Criteria.where("teams").exists(false)));
	}

	private int assign(Query which) {
		List<Team> all = this.teams.all();
		which.fields().include("_id");
		List<String> ids = this.mongo.find(which, Document.class, "requests")
			.stream()
			.map(d -> d.get("_id").toString())
			.toList();
		int changed = 0;
		for (String id : ids) {
			changed += assign(id, all) ? 1 : 0;
		}
		return changed;
	}

	/** The ids of the teams whose area holds the request's place. */
	public List<String> teamsFor(RequestDetails details, List<Team> all) {
		String place = placeCode(details);
		return all.stream().filter(t -> t.covers(place)).map(Team::id).toList();
	}

	/**
	 * Writes the request's teams, unless a coordinator moved it; guarded by its version,
	 * so a change made meanwhile is neither lost nor overwritten with old teams.
	 */
	private boolean assign(String id, List<Team> all) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Query read = Query.query(Criteria.where("_id").is(id));
			read.fields()
				.include(PRIMITIVES)
				.include("version", "teams", "teamsMoved", "details." + RequestDetails.SETTLEMENT,
						"details." + RequestDetails.OBLAST, "details." + RequestDetails.LOCATION);
			EvacuationRequest request = this.mongo.findOne(read, EvacuationRequest.class);
			if (request == null || request.teamsMoved()) {
				return false;
			}
			List<String> teams = teamsFor(request.details(), all);
			if (teams.equals(request.teams())) {
				return false;
			}
			Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(request.version()));
			if (this.mongo
				.updateFirst(unchanged, new Update().set("teams", teams).inc("version", 1), EvacuationRequest.class)
				.getModifiedCount() == 1) {
				return true;
			}
		}
		return false;
	}

	/** The settlement's code, the nearest one's to a shared point, or the oblast's. */
	String placeCode(RequestDetails details) {
		if (details == null) {
			return null;
		}
		String settlement = code(details.settlement());
		if (Area.valid(settlement)) {
			return settlement;
		}
		GeoPoint point = details.location();
		if (point != null) {
			String nearest = this.settlements.nearestOwnPoint(point, NEAREST_WITHIN_KM)
				.map(n -> n.settlement().code())
				.orElse(null);
			if (Area.valid(nearest)) {
				return nearest;
			}
		}
		String oblast = code(details.oblast());
		return Area.valid(oblast) ? oblast : null;
	}

	private static String code(PlaceRef place) {
		return (place == null) ? null : place.code();
	}

}
