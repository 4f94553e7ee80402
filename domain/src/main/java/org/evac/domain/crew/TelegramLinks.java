package org.evac.domain.crew;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Links volunteers' accounts to their Telegram users: the page asks for a one-time code,
 * the volunteer sends it to the bot in a private chat, and the bot redeems it with the
 * sender's Telegram user id. A code works once, for a quarter of an hour.
 */
public class TelegramLinks {

	/** How long a code may wait to be sent to the bot. */
	public static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

	/** What a code looks like: residents never type this by chance. */
	public static final Pattern CODE = Pattern.compile("(?i)evac-[a-z0-9]{8}");

	private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private final MongoTemplate mongo;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	public TelegramLinks(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** A new code for {@code username}; codes it had before no longer work. */
	public LinkCodeView newCode(String username) {
		this.mongo.remove(Query.query(Criteria.where("username").is(username)), LinkCode.class);
		StringBuilder code = new StringBuilder("evac-");
		for (int i = 0; i < 8; i++) {
			code.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		Instant expiresAt = this.clock.instant().plus(CODE_LIFETIME);
		this.mongo.insert(new LinkCode(code.toString(), username, expiresAt));
		return new LinkCodeView(code.toString(), expiresAt);
	}

	/**
	 * The Telegram user {@code telegramUserId} sent {@code code}: links them to the
	 * code's account. The code is taken atomically, so it links once; a Telegram user
	 * linked to another account before now speaks for this one.
	 * @return the account linked; empty when the code is unknown, used or expired
	 */
	public Optional<String> redeem(String code, long telegramUserId) {
		LinkCode taken = this.mongo.findAndRemove(
				Query.query(Criteria.where("_id").is(code.strip().toLowerCase(Locale.ROOT))), LinkCode.class);
		if (taken == null || taken.expiresAt().isBefore(this.clock.instant())) {
			return Optional.empty();
		}
		this.mongo.remove(Query.query(Criteria.where("telegramUserId").is(telegramUserId)), TelegramLink.class);
		this.mongo.save(new TelegramLink(taken.username(), telegramUserId, this.clock.instant()));
		return Optional.of(taken.username());
	}

	public Optional<TelegramLink> of(String username) {
		return Optional.ofNullable(this.mongo.findById(username, TelegramLink.class));
	}

	/** The account a Telegram user speaks for. */
	public Optional<TelegramLink> ofTelegramUser(long telegramUserId) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("telegramUserId").is(telegramUserId)),
				TelegramLink.class));
	}

	/** True when there was a link to remove. */
	public boolean unlink(String username) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(username)), TelegramLink.class)
			.getDeletedCount() > 0;
	}

	/** A code and until when it works. */
	public record LinkCodeView(String code, Instant expiresAt) {
	}

}
