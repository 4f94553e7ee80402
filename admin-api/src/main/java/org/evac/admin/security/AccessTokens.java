package org.evac.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Personal access tokens: 256 random bits, shown once, kept as a SHA-256 hash (the secret
 * is random and long, so a fast hash is enough and costs no bcrypt per call), revocable,
 * expiring. A token read from the database is trusted for {@code rememberFor} (the
 * sessions' recheck time, 2 seconds by default) without reading it again, so that a
 * script's calls cost no database read for the login: a revocation holds at once on the
 * instance that made it, and on the others within that time, as a disabled account does.
 * Its expiry is checked on every call.
 */
public class AccessTokens {

	/**
	 * Tells an evac token from others in a secret scanner's eyes and in a config file.
	 */
	static final String PREFIX = "evac_pat_";

	private static final int SECRET_BYTES = 32;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"));

	private final MongoTemplate mongo;

	private final Clock clock;

	private static final int FORGET_ABOVE = 10_000;

	private final SecureRandom random = new SecureRandom();

	private final long rememberNanos;

	/** Tokens read lately, by the hash of their secret. */
	private final Map<String, Read> read = new ConcurrentHashMap<>();

	/** Counts revocations made here, so that a read racing one is not remembered. */
	private final AtomicLong revocations = new AtomicLong();

	public AccessTokens(MongoTemplate mongo, Clock clock) {
		this(mongo, clock, Duration.ZERO);
	}

	/**
	 * @param rememberFor how long a token read from the database is used without reading
	 * it again; zero reads it on every call
	 */
	public AccessTokens(MongoTemplate mongo, Clock clock, Duration rememberFor) {
		this.mongo = mongo;
		this.clock = clock;
		this.rememberNanos = rememberFor.toNanos();
	}

	/** A new token for {@code username}; the secret is in the answer and nowhere else. */
	public Created create(String username, String name, Instant expiresAt) {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AccessToken token = this.mongo.insert(new AccessToken(new ObjectId().toHexString(), username, name,
				hash(secret), this.clock.instant(), expiresAt, null, null));
		return new Created(token, secret);
	}

	/** The token a secret stands for, while it may be used. */
	Optional<AccessToken> usable(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		String hash = hash(secret);
		return Optional.ofNullable(lookUp(hash)).filter(t -> t.usableAt(now));
	}

	/** The token of a hash, remembered or read; null when there is none. */
	private AccessToken lookUp(String hash) {
		long at = System.nanoTime();
		Read remembered = this.read.get(hash);
		if (remembered != null && at - remembered.at() < this.rememberNanos) {
			return remembered.token();
		}
		long revocationsBefore = this.revocations.get();
		AccessToken token = this.mongo.findOne(Query.query(Criteria.where("hash").is(hash)), AccessToken.class);
		if (this.rememberNanos > 0 && token != null) {
			synchronized (this.read) {
				// a token read while one was revoked is not remembered: it may be that
				// one
				if (this.revocations.get() == revocationsBefore) {
					if (this.read.size() > FORGET_ABOVE) {
						this.read.clear();
					}
					this.read.put(hash, new Read(token, at));
				}
			}
		}
		return token;
	}

	/** How many tokens are remembered: for tests. */
	int remembered() {
		return this.read.size();
	}

	public Optional<AccessToken> byId(String id) {
		return Optional.ofNullable(this.mongo.findById(id, AccessToken.class));
	}

	/** An account's tokens, newest first, revoked and expired ones too. */
	public List<AccessToken> of(String username) {
		return this.mongo.find(Query.query(Criteria.where("username").is(username)).with(NEWEST_FIRST),
				AccessToken.class);
	}

	public List<AccessToken> all() {
		return this.mongo.find(new Query().with(NEWEST_FIRST), AccessToken.class);
	}

	/** Revokes the token unless it was already; answers it as it is now. */
	public Optional<AccessToken> revoke(String id, String by) {
		AccessToken revoked = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("revokedAt").is(null)),
				new Update().set("revokedAt", this.clock.instant()).set("revokedBy", by),
				FindAndModifyOptions.options().returnNew(true), AccessToken.class);
		synchronized (this.read) {
			this.revocations.incrementAndGet();
			this.read.values().removeIf(r -> r.token().id().equals(id));
		}
		return (revoked != null) ? Optional.of(revoked) : byId(id);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Read(AccessToken token, long at) {

	}

	/** A token just made, with its secret: to be shown once. */
	public record Created(AccessToken token, String secret) {

		@Override
		public String toString() {
			return "Created[" + this.token.id() + "]"; // never the secret
		}

	}

}
