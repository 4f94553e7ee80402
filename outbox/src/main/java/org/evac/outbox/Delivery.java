package org.evac.outbox;

import java.time.Duration;

/** How Telegram answered one attempt to deliver a message. */
public sealed interface Delivery {

	Delivery ACCEPTED = new Accepted();

	record Accepted() implements Delivery {
	}

	/**
	 * 429: wait exactly {@code retryAfter}; {@code global} when the whole bot is limited.
	 */
	record RateLimited(Duration retryAfter, boolean global) implements Delivery {
	}

	/** 5xx, time-outs, broken connections: Telegram may recover, so try again later. */
	record Transient(String reason) implements Delivery {
	}

	/**
	 * 403 and the like: the resident blocked the bot or is gone; retrying is pointless.
	 */
	record Blocked(String reason) implements Delivery {
	}

	/** 400: this message can never be sent as it is. */
	record Rejected(String reason) implements Delivery {
	}

}
