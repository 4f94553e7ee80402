package org.evac.telegramfake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's flood control as the fake models it: at most {@code globalPerSecond}
 * messages in any one-second window, and per chat a bucket of {@code perChatBurst}
 * messages refilled at {@code perChatPerSecond} (Telegram allows a chat short bursts,
 * then about one a second). Only accepted messages count, as a rejected one was never
 * delivered.
 */
final class RateLimiter {

	private static final long WINDOW_NANOS = 1_000_000_000L;

	private final int globalPerSecond;

	private final double perChatPerSecond;

	private final int perChatBurst;

	private final Deque<Long> all = new ArrayDeque<>();

	private final Map<Long, Bucket> perChat = new HashMap<>();

	RateLimiter(int globalPerSecond, double perChatPerSecond, int perChatBurst) {
		if (globalPerSecond < 1 || perChatPerSecond <= 0 || perChatBurst < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
		this.globalPerSecond = globalPerSecond;
		this.perChatPerSecond = perChatPerSecond;
		this.perChatBurst = perChatBurst;
	}

	/** Takes a slot for a message to the chat; {@code false} if over a limit. */
	boolean tryAcquire(long chatId) {
		return tryAcquire(chatId, System.nanoTime());
	}

	/** As {@link #tryAcquire(long)}, at {@code now} ({@link System#nanoTime()} scale). */
	synchronized boolean tryAcquire(long chatId, long now) {
		Bucket chat = this.perChat.computeIfAbsent(chatId, (id) -> new Bucket(this.perChatBurst, now));
		chat.refill(now, this.perChatPerSecond, this.perChatBurst);
		while (!this.all.isEmpty() && now - this.all.peekFirst() >= WINDOW_NANOS) {
			this.all.removeFirst();
		}
		if (this.all.size() >= this.globalPerSecond || chat.tokens < 1) {
			return false;
		}
		this.all.addLast(now);
		chat.tokens--;
		return true;
	}

	/** One chat's messages in hand. */
	private static final class Bucket {

		double tokens;

		long refilledAt;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.refilledAt = now;
		}

		void refill(long now, double perSecond, int burst) {
			this.tokens = Math.min(burst, this.tokens + (now - this.refilledAt) * perSecond / WINDOW_NANOS);
			this.refilledAt = now;
		}

	}

}
