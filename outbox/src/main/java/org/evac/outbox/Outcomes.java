package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Telegram's answer to one attempt does to the message and its chat. Each says when
 * the chat's lane wants serving again: zero for at once, null for never (asleep).
 */
final class Outcomes {

	private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

	private final Outbox outbox;

	private final OutboxClaims claims;

	private final ChatLanes lanes;

	private final BlockedChats blockedChats;

	private final Backoff backoff;

	private final Clock clock;

	/** Recent 429s, to tell one chat's limit from the whole bot's. */
	private final RateLimitWitness witness = new RateLimitWitness();

	private volatile Instant pausedUntil = Instant.EPOCH;

	Outcomes(Outbox outbox, OutboxClaims claims, ChatLanes lanes, BlockedChats blockedChats, Backoff backoff,
			Clock clock) {
		this.outbox = outbox;
		this.claims = claims;
		this.lanes = lanes;
		this.blockedChats = blockedChats;
		this.backoff = backoff;
		this.clock = clock;
	}

	/** Until when Telegram wants the whole bot to wait. */
	Instant pausedUntil() {
		return this.pausedUntil;
	}

	Duration settle(ChatLane lane, OutboxMessage message, Delivery delivery) {
		if (delivery instanceof Delivery.Accepted) {
			return accepted(lane, message);
		}
		if (delivery instanceof Delivery.RateLimited limited) {
			return rateLimited(lane, message, limited);
		}
		if (delivery instanceof Delivery.Transient failure) {
			Instant at = this.clock.instant().plus(this.backoff.after(message.attempts()));
			return retry(lane, message, at, failure.reason());
		}
		if (delivery instanceof Delivery.Blocked blocked) {
			return blocked(lane, blocked);
		}
		return rejected(lane, message, (Delivery.Rejected) delivery);
	}

	/**
	 * Out of the outbox before out of memory: a look at the outbox in between must not
	 * find it again and send it twice.
	 */
	private Duration accepted(ChatLane lane, OutboxMessage message) {
		this.claims.delivered(message.id());
		this.lanes.finished(lane, message);
		return Duration.ZERO;
	}

	/**
	 * The chat waits exactly {@code retry_after}; when Telegram limits the whole bot,
	 * everybody waits, or every chat would earn its own 429.
	 */
	private Duration rateLimited(ChatLane lane, OutboxMessage message, Delivery.RateLimited limited) {
		Instant now = this.clock.instant();
		Instant until = now.plus(limited.retryAfter());
		if (limited.global() || this.witness.manyChatsLimited(lane.chatId, now)) {
			this.pausedUntil = later(this.pausedUntil, until);
			log.warn("Telegram limits the whole bot: pausing all sending for {}s", limited.retryAfter().toSeconds());
		}
		return retry(lane, message, until, "429");
	}

	private Duration retry(ChatLane lane, OutboxMessage message, Instant at, String reason) {
		int attempts = message.attempts() + 1;
		lane.replace(new OutboxMessage(message.id(), message.chatId(), message.seq(), message.message(),
				message.state(), attempts, at, message.owner(), message.leaseUntil(), message.createdAt(), reason,
				message.lane()));
		try {
			this.outbox.retryAt(message.id(), at, attempts, reason);
		}
		catch (RuntimeException ex) {
			// the retry stands in memory; the stored attempt count catches up next time
		}
		Duration wait = Duration.between(this.clock.instant(), at);
		return (wait.isNegative() || wait.isZero()) ? Duration.ofMillis(1) : wait;
	}

	/** The chat cannot be reached: all it has queued is dropped, and a volunteer told. */
	private Duration blocked(ChatLane lane, Delivery.Blocked blocked) {
		log.info("{} cannot be reached on Telegram ({}); its queued messages are dropped", ChatRef.of(lane.chatId),
				blocked.reason());
		this.lanes.drop(lane);
		this.outbox.failChat(lane.chatId, blocked.reason());
		if (lane.chatId > 0) {
			this.blockedChats.blocked(lane.chatId);
		}
		return null;
	}

	private Duration rejected(ChatLane lane, OutboxMessage message, Delivery.Rejected rejected) {
		log.warn("Telegram refused message {} for good: {}", message.id(), rejected.reason());
		try {
			this.outbox.failed(message.id(), rejected.reason());
		}
		catch (RuntimeException ex) {
			// stays pending in the outbox: another attempt after a restart is harmless
		}
		this.lanes.finished(lane, message);
		return Duration.ZERO;
	}

	static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
