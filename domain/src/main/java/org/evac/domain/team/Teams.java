package org.evac.domain.team;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The teams, each with its area and its members. */
public class Teams {

	private static final String MEMBERS = "members";

	private final MongoTemplate mongo;

	private final Clock clock;

	public Teams(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public List<Team> all() {
		return this.mongo.find(new Query().with(Sort.by("name")), Team.class);
	}

	public Optional<Team> byId(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Team.class));
	}

	/** The teams {@code username} belongs to (usually one). */
	public List<Team> ofMember(String username) {
		return this.mongo.find(Query.query(Criteria.where(MEMBERS).is(username)).with(Sort.by("name")), Team.class);
	}

	public Team create(String name, List<String> area, Long chatId, List<String> members) {
		return create(null, name, area, chatId, members);
	}

	/**
	 * With a chosen id: the start-up migration's team, which two instances may create.
	 */
	Team create(String id, String name, List<String> area, Long chatId, List<String> members) {
		Instant now = this.clock.instant();
		return this.mongo.insert(new Team(id, name, area, chatId, members, now, now));
	}

	/** Replaces the team's name, area, chat and members; empty when there is none. */
	public Optional<Team> replace(String id, String name, List<String> area, Long chatId, List<String> members) {
		return byId(id).map(old -> this.mongo
			.save(new Team(id, name, area, chatId, members, old.createdAt(), this.clock.instant())));
	}

	public boolean delete(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), Team.class).getDeletedCount() == 1;
	}

	/**
	 * A new account joins the teams of whoever created it; when they belong to none (an
	 * admin), the teams that cover the whole country. Returns the teams joined.
	 */
	public List<Team> joinTeamsOf(String creator, String username) {
		List<Team> teams = ofMember(creator);
		if (teams.isEmpty()) {
			teams = all().stream().filter(Team::coversTheWholeCountry).toList();
		}
		for (Team team : teams) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(team.id())),
					new Update().addToSet(MEMBERS, username), Team.class);
		}
		return teams;
	}

	public boolean none() {
		return this.mongo.count(new Query(), Team.class) == 0;
	}

}
