package org.evac.domain.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The people who may log in to the admin API. */
public class Accounts {

	private final MongoTemplate mongo;

	private final PasswordEncoder passwords;

	private final Clock clock;

	public Accounts(MongoTemplate mongo, PasswordEncoder passwords, Clock clock) {
		this.mongo = mongo;
		this.passwords = passwords;
		this.clock = clock;
	}

	public Optional<Account> byUsername(String username) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("username").is(username)), Account.class));
	}

	/** Creates an account; the username must be new (a unique index guards it). */
	public Account create(String username, String displayName, String rawPassword, Role role) {
		return this.mongo.insert(new Account(null, username, displayName, this.passwords.encode(rawPassword), role,
				true, this.clock.instant()));
	}

	public List<Account> all() {
		return this.mongo.find(new Query().with(Sort.by("username")), Account.class);
	}

	public Optional<Account> disable(String username) {
		return byUsername(username).map(a -> this.mongo.save(a.disabled()));
	}

	public boolean none() {
		return this.mongo.count(new Query(), Account.class) == 0;
	}

}
