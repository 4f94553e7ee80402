package org.evac.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Telegram's 429 does not say whether one chat or the whole bot is over the limit. When
 * several different chats are refused within a second, it is the whole bot.
 */
final class RateLimitWitness {

	private static final Duration WINDOW = Duration.ofSeconds(1);

	private static final int CHATS = 3;

	private final Deque<Refusal> recent = new ArrayDeque<>();

	private record Refusal(long chatId, Instant at) {
	}

	synchronized boolean manyChatsLimited(long chatId, Instant now) {
		this.recent.addLast(new Refusal(chatId, now));
		while (!this.recent.isEmpty() && this.recent.peekFirst().at().isBefore(now.minus(WINDOW))) {
			this.recent.removeFirst();
		}
		return this.recent.stream().mapToLong(Refusal::chatId).distinct().count() >= CHATS;
	}

}
