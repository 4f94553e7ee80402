package org.evac.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * One chat's messages, in order. A lane is handled by one sender at a time, so a chat's
 * messages never overtake each other; a lane that must wait (rate limit, retry) waits
 * alone, and the other chats go on.
 */
final class ChatLane {

	final long chatId;

	private final PriorityQueue<OutboxMessage> messages = new PriorityQueue<>(
			Comparator.comparingLong(OutboxMessage::seq));

	private final Bucket bucket;

	/**
	 * In the ready queue, being sent, or waiting for a timer: somebody will look at it.
	 */
	private boolean active;

	/** {@code time} measures the chat's rate limit (a simulated clock in tests). */
	ChatLane(long chatId, DeliveryProperties properties, TimeMeter time) {
		this.chatId = chatId;
		this.bucket = Bucket.builder().withCustomTimePrecision(time).addLimit(limit(chatId, properties)).build();
	}

	/**
	 * Groups allow far fewer messages than private chats (Telegram: about 20 a minute).
	 */
	private static Bandwidth limit(long chatId, DeliveryProperties properties) {
		if (chatId < 0) {
			return Bandwidth.builder()
				.capacity(1)
				.refillGreedy(1, Duration.ofMinutes(1).dividedBy(properties.perGroupPerMinute()))
				.build();
		}
		return Bandwidth.builder()
			.capacity(properties.perChatBurst())
			.refillGreedy(properties.perChatPerSecond(), Duration.ofSeconds(1))
			.build();
	}

	/** Adds a message; true when the lane was asleep and must be woken. */
	synchronized boolean add(OutboxMessage message) {
		this.messages.add(message);
		if (this.active) {
			return false;
		}
		this.active = true;
		return true;
	}

	/**
	 * The most urgent lane among the messages it holds: the chat is served at that
	 * priority, its messages still in their order. An empty chat is the first: serving it
	 * sends nothing, it only falls asleep.
	 */
	synchronized Lane lane() {
		Lane most = null;
		for (OutboxMessage message : this.messages) {
			if (most == null || message.lane().compareTo(most) < 0) {
				most = message.lane();
			}
		}
		return (most != null) ? most : Lane.RESIDENT;
	}

	synchronized OutboxMessage head() {
		OutboxMessage head = this.messages.peek();
		if (head == null) {
			this.active = false;
		}
		return head;
	}

	/** The same message, with its new attempt count and time. */
	synchronized void replace(OutboxMessage updated) {
		this.messages.removeIf(m -> m.id().equals(updated.id()));
		this.messages.add(updated);
	}

	/**
	 * Takes this very message out; by identity, not position, because a message handed
	 * over meanwhile may have become the head.
	 */
	synchronized void remove(OutboxMessage message) {
		this.messages.removeIf(m -> m.id().equals(message.id()));
	}

	synchronized List<OutboxMessage> drain() {
		List<OutboxMessage> all = new ArrayList<>(this.messages);
		this.messages.clear();
		return all;
	}

	synchronized boolean isIdle() {
		return !this.active && this.messages.isEmpty();
	}

	/**
	 * Nanoseconds until this chat may get another message; 0 when it may now (and counts
	 * it).
	 */
	long takePermit() {
		return this.bucket.tryConsumeAndReturnRemaining(1).getNanosToWaitForRefill();
	}

}
