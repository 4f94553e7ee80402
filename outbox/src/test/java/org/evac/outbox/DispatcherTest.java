package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher with its real threads: eight senders never serve one chat at once, each
 * chat's messages arrive in order, and what it holds at shutdown is handed back.
 */
class DispatcherTest {

	private static final DeliveryProperties FAST = new DeliveryProperties(1000, 1000, 1000, 1000, 8,
			Duration.ofMillis(100), Duration.ofMillis(10), Duration.ofMillis(100));

	private final TestDatabase database = new TestDatabase();

	private final Telegram telegram = new Telegram();

	private final Dispatcher dispatcher;

	private final Outbox outbox;

	DispatcherTest() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		this.outbox = new Outbox(this.database.template(), Clock.systemUTC(),
				beans.getBeanProvider(OutboxListener.class), Duration.ofSeconds(30));
		this.dispatcher = new Dispatcher(this.outbox, this.telegram, chat -> {
		}, FAST, Clock.systemUTC(), new DeliveryMetrics(new SimpleMeterRegistry(), Clock.systemUTC()));
		beans.addBean("dispatcher", this.dispatcher);
	}

	@AfterEach
	void close() {
		if (this.dispatcher.isRunning()) {
			this.dispatcher.stop();
		}
		this.database.close();
	}

	/** Notices when two senders are in one chat at once; every third answer is a 502. */
	static final class Telegram implements TelegramGateway {

		final Map<Long, AtomicBoolean> busy = new ConcurrentHashMap<>();

		final Map<Long, List<String>> received = new ConcurrentHashMap<>();

		final List<Long> overlaps = new CopyOnWriteArrayList<>();

		private final Map<String, Boolean> failedOnce = new ConcurrentHashMap<>();

		/** Set: every chat is told to wait a minute. */
		volatile boolean limited;

		final List<String> limitedAttempts = new CopyOnWriteArrayList<>();

		@Override
		public Delivery deliver(OutgoingMessage message) {
			AtomicBoolean inChat = this.busy.computeIfAbsent(message.chatId(), id -> new AtomicBoolean());
			if (!inChat.compareAndSet(false, true)) {
				this.overlaps.add(message.chatId());
			}
			try {
				if (this.limited) {
					this.limitedAttempts.add(message.text());
					return new Delivery.RateLimited(Duration.ofMinutes(1), false);
				}
				Thread.yield();
				if (message.text().hashCode() % 3 == 0 && this.failedOnce.putIfAbsent(message.text(), true) == null) {
					return new Delivery.Transient("502");
				}
				this.received.computeIfAbsent(message.chatId(), id -> new CopyOnWriteArrayList<>()).add(message.text());
				return Delivery.ACCEPTED;
			}
			finally {
				inChat.set(false);
			}
		}

		int count() {
			return this.received.values().stream().mapToInt(List::size).sum();
		}

	}

	@Test
	void manySendersNeverServeOneChatAtOnceAndEachChatKeepsItsOrder() {
		this.dispatcher.start();
		int chats = 4;
		int perChat = 25;
		for (int i = 0; i < perChat; i++) {
			for (long chat = 1; chat <= chats; chat++) {
				this.outbox.enqueue("u" + chat + "-" + i,
						List.of(OutgoingMessage.send(chat, chat + ":" + i, Keyboard.NONE, "reply")));
			}
		}

		await().atMost(Duration.ofMinutes(2)).until(() -> this.telegram.count() == chats * perChat);

		assertThat(this.telegram.overlaps).isEmpty();
		for (long chat = 1; chat <= chats; chat++) {
			List<String> expected = new ArrayList<>();
			for (int i = 0; i < perChat; i++) {
				expected.add(chat + ":" + i);
			}
			assertThat(this.telegram.received.get(chat)).containsExactlyElementsOf(expected);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> this.outbox.pending() == 0);
		assertThat(this.dispatcher.backlog()).isZero();
	}

	@Test
	void whatItHoldsAtShutdownAnotherInstanceTakesOver() {
		this.telegram.limited = true;
		this.dispatcher.start();
		this.outbox.enqueue("u1", List.of(OutgoingMessage.send(1, "held", Keyboard.NONE, "reply")));
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.telegram.limitedAttempts.isEmpty());
		assertThat(this.outbox.claimDue("another", 10)).as("leased while the dispatcher runs").isEmpty();

		this.dispatcher.stop();

		assertThat(this.dispatcher.isRunning()).isFalse();
		// handed back: the lease has ended, so another instance takes it over once due
		assertThat(this.database.template().findAll(OutboxMessage.class)).singleElement().satisfies(left -> {
			assertThat(left.state()).isEqualTo(OutboxMessage.State.PENDING);
			assertThat(left.leaseUntil()).isEqualTo(Instant.EPOCH);
		});
	}

}
