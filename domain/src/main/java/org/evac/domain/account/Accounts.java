package org.evac.domain.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
		return create(username, displayName, rawPassword, role, false);
	}

	/**
	 * @param mustChangePassword the password was generated: its owner must choose their
	 * own before anything else
	 */
	public Account create(String username, String displayName, String rawPassword, Role role,
			boolean mustChangePassword) {
		return this.mongo.insert(new Account(null, username, displayName, this.passwords.encode(rawPassword), role,
				true, this.clock.instant(), mustChangePassword));
	}

	/** True when {@code rawPassword} is the account's password. */
	public boolean passwordMatches(Account account, String rawPassword) {
		return this.passwords.matches(rawPassword, account.passwordHash());
	}

	/** A new password, chosen by the account's owner: no change is due any more. */
	public void changePassword(String username, String rawPassword) {
		this.mongo.updateFirst(Query.query(Criteria.where("username").is(username)),
				new Update().set("passwordHash", this.passwords.encode(rawPassword)).set("mustChangePassword", false),
				Account.class);
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
