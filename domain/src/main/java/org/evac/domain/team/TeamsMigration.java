package org.evac.domain.team;

import java.util.Comparator;
import java.util.List;

import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.evac.domain.account.Account;
import org.evac.domain.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Brings an installation from before teams to teams without changing what anyone sees:
 * once, one team covering the whole country with every account in it; the account that
 * set the installation up ({@code admin}, or else the oldest coordinator) becomes an
 * admin; and every request stored without teams gets them. Safe to run again and on two
 * instances at once: the team has a fixed id, and requests are assigned only once.
 */
public class TeamsMigration implements ApplicationRunner {

	/** The id of the team an installation from before teams gets. */
	static final String WHOLE_COUNTRY_TEAM = "whole-country";

	/** Marks the migration done, so that deleting every team later is not undone. */
	private static final String DONE = "teams-v1";

	private static final Logger log = LoggerFactory.getLogger(TeamsMigration.class);

	private final MongoTemplate mongo;

	private final Teams teams;

	private final TeamAssignment assignment;

	public TeamsMigration(MongoTemplate mongo, Teams teams, TeamAssignment assignment) {
		this.mongo = mongo;
		this.teams = teams;
		this.assignment = assignment;
	}

	@Override
	public void run(ApplicationArguments args) {
		migrate();
	}

	public void migrate() {
		promoteFirstAdmin();
		boolean first = !done();
		if (first) {
			createWholeCountryTeam();
			this.mongo.getCollection("migrations")
				.updateOne(new Document("_id", DONE), new Document("$set", new Document("done", true)),
						new UpdateOptions().upsert(true));
		}
		// the first time, also what was filed while the team did not exist yet
		int assigned = first ? this.assignment.reassignAll() : this.assignment.assignUnassigned();
		if (assigned > 0) {
			log.info("Assigned {} requests stored before teams to their teams", assigned);
		}
	}

	private boolean done() {
		return this.mongo.getCollection("migrations").countDocuments(new Document("_id", DONE)) > 0;
	}

	private void createWholeCountryTeam() {
		if (!this.teams.none()) {
			return;
		}
		List<String> everyone = this.mongo.findAll(Account.class).stream().map(Account::username).sorted().toList();
		try {
			this.teams.create(WHOLE_COUNTRY_TEAM, "Україна", List.of(Area.WHOLE_COUNTRY), null, everyone);
			log.info("Created the team covering the whole country, with all {} accounts", everyone.size());
		}
		catch (DuplicateKeyException ex) {
			// another instance created it a moment ago
		}
	}

	/**
	 * Without an admin, nobody could manage teams: the installation's first account is
	 * one.
	 */
	private void promoteFirstAdmin() {
		if (this.mongo.exists(Query.query(Criteria.where("role").is(Role.ADMIN)), Account.class)) {
			return;
		}
		this.mongo.find(Query.query(Criteria.where("role").is(Role.COORDINATOR)), Account.class)
			.stream()
			.min(Comparator.comparing((Account a) -> !"admin".equals(a.username()))
				.thenComparing(Account::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.ifPresent(first -> {
				this.mongo.updateFirst(Query.query(Criteria.where("_id").is(first.id())),
						new Update().set("role", Role.ADMIN), Account.class);
				log.info("The installation's first coordinator account is now an admin");
			});
	}

}
