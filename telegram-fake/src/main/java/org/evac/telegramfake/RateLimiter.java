package org.evac.telegramfake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's flood control as the fake models it: at most {@code globalPerSecond}
 * messages in any one-second window, and at most {@code perChatPerSecond} to one chat.
 * Only accepted messages count, as a rejected one was never delivered.
 */
final class RateLimiter {

	private static final long WINDOW_NANOS = 1_000_000_000L;

	private final int globalPerSecond;

	private final int perChatPerSecond;

	private final Deque<Long> all = new ArrayDeque<>();

	private final Map<Long, Deque<Long>> perChat = new HashMap<>();

	RateLimiter(int globalPerSecond, int perChatPerSecond) {
		if (globalPerSecond < 1 || perChatPerSecond < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
		this.globalPerSecond = globalPerSecond;
		this.perChatPerSecond = perChatPerSecond;
	}

	/** Takes a slot for a message to the chat; {@code false} if over a limit. */
	synchronized boolean tryAcquire(long chatId) {
		long now = System.nanoTime();
		Deque<Long> chat = this.perChat.computeIfAbsent(chatId, (id) -> new ArrayDeque<>());
		evict(this.all, now);
		evict(chat, now);
		if (this.all.size() >= this.globalPerSecond || chat.size() >= this.perChatPerSecond) {
			return false;
		}
		this.all.addLast(now);
		chat.addLast(now);
		return true;
	}

	private static void evict(Deque<Long> times, long now) {
		while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_NANOS) {
			times.removeFirst();
		}
	}

}
