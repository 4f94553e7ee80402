package org.evac.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Failed logins, counted in the database so that every instance sees the same counts (one
 * document per key, changed atomically). After {@code free} failures each further one
 * makes the key wait longer: {@link LoginThrottleProperties#firstDelay()}, then twice
 * that, and so on up to {@link LoginThrottleProperties#longestDelay()}. Never a lock that
 * lasts: a key quiet for {@link LoginThrottleProperties#window()} starts again from zero.
 */
class LoginFailures {

	private static final String COLLECTION = "login_failures";

	private final MongoTemplate mongo;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	LoginFailures(MongoTemplate mongo, LoginThrottleProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The failures of an account at an address and of that address, in one read: a login
	 * that goes through costs one round trip to the database, not three.
	 */
	Standing standing(String pairKey, String addressKey) {
		Map<Object, Document> found = new HashMap<>();
		for (Document failures : this.mongo.find(Query.query(Criteria.where("_id").in(pairKey, addressKey)),
				Document.class, COLLECTION)) {
			found.put(failures.get("_id"), failures);
		}
		Duration pair = waitFor(found.get(pairKey));
		Duration address = waitFor(found.get(addressKey));
		return new Standing((pair.compareTo(address) >= 0) ? pair : address, found.containsKey(pairKey));
	}

	/**
	 * How long the key of these failures must wait before its next attempt; zero when it
	 * need not.
	 */
	private Duration waitFor(Document failures) {
		if (failures == null || failures.getDate("blockedUntil") == null) {
			return Duration.ZERO;
		}
		Duration wait = Duration.between(this.clock.instant(), failures.getDate("blockedUntil").toInstant());
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	/** One more failure for {@code key}; delays begin after {@code free} of them. */
	void failed(String key, int free) {
		Instant now = this.clock.instant();
		// a key quiet for the window starts again from zero
		this.mongo.remove(
				Query.query(Criteria.where("_id").is(key).and("lastAt").lt(now.minus(this.properties.window()))),
				COLLECTION);
		Document counted = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(key)),
				new Update().inc("failures", 1).set("lastAt", now),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		int failures = Optional.ofNullable(counted).map(d -> d.getInteger("failures", 1)).orElse(1);
		if (failures >= free) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key)),
					new Update().set("blockedUntil", now.plus(delay(failures - free))), COLLECTION);
		}
	}

	/** The right password: the key's failures are forgotten. */
	void succeeded(String key) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(key)), COLLECTION);
	}

	/**
	 * Forgets every key quiet for the window, so that a flood of made-up usernames leaves
	 * nothing behind; on every instance, which changes nothing when done twice.
	 */
	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT10M")
	void forgetQuiet() {
		this.mongo.remove(
				Query.query(Criteria.where("lastAt").lt(this.clock.instant().minus(this.properties.window()))),
				COLLECTION);
	}

	boolean hasFailures(String key) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(key)), COLLECTION);
	}

	/**
	 * Where a login attempt stands before it is tried.
	 *
	 * @param waitFor how long it must wait yet (the longer of the account's and the
	 * address's)
	 * @param pairFailed whether the account has failures counted from this address, to be
	 * forgotten when this attempt succeeds
	 */
	record Standing(Duration waitFor, boolean pairFailed) {

	}

	private Duration delay(int beyondFree) {
		Duration delay = this.properties.firstDelay();
		for (int i = 0; i < beyondFree && delay.compareTo(this.properties.longestDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.properties.longestDelay()) > 0) ? this.properties.longestDelay() : delay;
	}

}
