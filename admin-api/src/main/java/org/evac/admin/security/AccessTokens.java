package org.evac.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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
 * expiring. Read from the database on every call, so a revocation holds at once on every
 * instance.
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

	private final SecureRandom random = new SecureRandom();

	public AccessTokens(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
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
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("hash").is(hash(secret))), AccessToken.class))
			.filter(t -> t.usableAt(now));
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

	/** A token just made, with its secret: to be shown once. */
	public record Created(AccessToken token, String secret) {

		@Override
		public String toString() {
			return "Created[" + this.token.id() + "]"; // never the secret
		}

	}

}
