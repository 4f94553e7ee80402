package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one chat's lane: sends its first message once Telegram's pause, the message's
 * own time, the chat's limit and the bot's limit allow, and says when the lane wants
 * serving again.
 */
final class LaneServer {

	private static final Logger log = LoggerFactory.getLogger(LaneServer.class);

	private final TelegramGateway gateway;

	private final GlobalRate global;

	private final Outcomes outcomes;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	LaneServer(TelegramGateway gateway, GlobalRate global, Outcomes outcomes, DeliveryMetrics metrics, Clock clock) {
		this.gateway = gateway;
		this.global = global;
		this.outcomes = outcomes;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Zero: serve the lane again at once; null: it is asleep (empty or blocked). Whatever
	 * goes wrong, the lane is looked at again: a chat must never be stuck.
	 */
	Duration serve(ChatLane lane) throws InterruptedException {
		try {
			return sendHead(lane);
		}
		catch (RuntimeException ex) {
			log.warn("Sending to {} failed unexpectedly ({}); trying again shortly", ChatRef.of(lane.chatId),
					ex.getClass().getSimpleName());
			return Duration.ofSeconds(1);
		}
	}

	private Duration sendHead(ChatLane lane) throws InterruptedException {
		OutboxMessage message = lane.head();
		if (message == null) {
			return null;
		}
		Instant now = this.clock.instant();
		Instant wait = Outcomes.later(message.notBefore(), this.outcomes.pausedUntil());
		if (wait.isAfter(now)) {
			return Duration.between(now, wait);
		}
		// answering a button tap is no message in the chat: neither limit counts it
		boolean chatMessage = message.message().kind() != OutgoingMessage.Kind.ANSWER_BUTTON;
		if (chatMessage) {
			long nanos = lane.takePermit();
			if (nanos > 0) {
				return Duration.ofNanos(nanos);
			}
			this.global.acquire();
		}
		Delivery delivery;
		try {
			delivery = this.gateway.deliver(message.message());
		}
		finally {
			if (chatMessage) {
				this.global.answered();
			}
		}
		if (log.isDebugEnabled()) {
			log.debug("Delivered {} to {}: {}", message.id(), ChatRef.of(message.chatId()),
					delivery.getClass().getSimpleName());
		}
		this.metrics.attempt(message.message(), delivery);
		return this.outcomes.settle(lane, message, delivery);
	}

}
