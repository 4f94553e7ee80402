package org.evac.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.evac.outbox.Outbox;
import org.evac.outbox.OutboxListener;
import org.evac.outbox.OutboxMessage;
import org.evac.outbox.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox to Telegram: each chat's messages in order, chats taken in turn so one
 * chat's backlog never holds up the others, within the global and per-chat limits. A 429
 * is waited out exactly, Telegram's own trouble with growing pauses; nothing is dropped
 * but what Telegram says can never be delivered.
 */
public class Dispatcher implements OutboxListener, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final String instanceId = "sender-" + UUID.randomUUID();

	private final Outbox outbox;

	private final TelegramGateway gateway;

	private final BlockedChats blockedChats;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final DeliveryMetrics metrics;

	private final Map<Long, ChatLane> lanes = new ConcurrentHashMap<>();

	private final BlockingQueue<ChatLane> ready = new LinkedBlockingQueue<>();

	/**
	 * Ids of the messages held in memory, so a look at the collection does not add them
	 * twice.
	 */
	private final Set<String> held = ConcurrentHashMap.newKeySet();

	/**
	 * Delivered messages whose removal from the outbox failed (the database was away):
	 * they are removed as soon as it is back, and never sent again by this instance
	 * meanwhile.
	 */
	private final Set<String> deliveredNotRemoved = ConcurrentHashMap.newKeySet();

	private final GlobalRate global;

	private volatile Instant globalPauseUntil = Instant.EPOCH;

	/** Recent 429s, to tell one chat's limit from the whole bot's. */
	private final RateLimitWitness witness = new RateLimitWitness();

	private volatile boolean running;

	private ExecutorService senders;

	private ScheduledExecutorService timer;

	public Dispatcher(Outbox outbox, TelegramGateway gateway, BlockedChats blockedChats, DeliveryProperties properties,
			Clock clock, DeliveryMetrics metrics) {
		this.outbox = outbox;
		this.gateway = gateway;
		this.blockedChats = blockedChats;
		this.properties = properties;
		this.clock = clock;
		this.metrics = metrics;
		this.global = new GlobalRate(properties.maxPerSecond());
	}

	@Override
	public String instanceId() {
		return this.instanceId;
	}

	@Override
	public void queued(List<OutboxMessage> messages) {
		Instant soon = this.clock.instant().plusSeconds(1);
		for (OutboxMessage message : messages) {
			if (message.notBefore().isAfter(soon)) {
				continue; // a later message (a reminder) is found by the poll when due
			}
			if (this.held.add(message.id())) {
				boolean[] wake = { false };
				ChatLane lane = this.lanes.compute(message.chatId(), (id, existing) -> {
					ChatLane target = (existing == null) ? new ChatLane(id, this.properties) : existing;
					wake[0] = target.add(message);
					return target;
				});
				if (wake[0]) {
					this.ready.add(lane);
				}
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.senders = Executors.newFixedThreadPool(this.properties.senders(), named("telegram-sender"));
		for (int i = 0; i < this.properties.senders(); i++) {
			this.senders.execute(this::sendLoop);
		}
		this.timer = Executors.newSingleThreadScheduledExecutor(named("outbox-timer"));
		long poll = this.properties.pollEvery().toMillis();
		this.timer.scheduleWithFixedDelay(this::claimDue, 0, poll, TimeUnit.MILLISECONDS);
		this.timer.scheduleWithFixedDelay(this::renewLeases, 5, 5, TimeUnit.SECONDS);
		this.timer.scheduleWithFixedDelay(this::forgetIdleLanes, 1, 1, TimeUnit.MINUTES);
		this.timer.scheduleWithFixedDelay(this::measureOutbox, 0, 10, TimeUnit.SECONDS);
	}

	@Override
	public void stop() {
		this.running = false;
		this.timer.shutdownNow();
		this.senders.shutdownNow();
		try {
			this.senders.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			this.outbox.release(this.instanceId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not hand back queued messages at shutdown; they are taken over when the lease ends");
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops before the update poller and database go away, starts after them. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2000;
	}

	private void sendLoop() {
		while (this.running) {
			try {
				ChatLane lane = this.ready.poll(1, TimeUnit.SECONDS);
				if (lane != null) {
					serveSafely(lane);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Whatever goes wrong, the lane is looked at again: a chat must never be stuck. */
	private void serveSafely(ChatLane lane) throws InterruptedException {
		try {
			serve(lane);
		}
		catch (RuntimeException ex) {
			log.warn("Sending to chat {} failed unexpectedly ({}); trying again shortly", lane.chatId,
					ex.getClass().getSimpleName());
			resumeLater(lane, Duration.ofSeconds(1));
		}
	}

	/** Sends the head of one lane, then puts the lane back in turn (or to sleep). */
	private void serve(ChatLane lane) throws InterruptedException {
		OutboxMessage message = lane.head();
		if (message == null) {
			return;
		}
		Instant now = this.clock.instant();
		Instant wait = later(message.notBefore(), this.globalPauseUntil);
		if (wait.isAfter(now)) {
			resumeLater(lane, Duration.between(now, wait));
			return;
		}
		boolean chatMessage = message.message().kind() != OutgoingMessage.Kind.ANSWER_BUTTON;
		if (chatMessage) {
			long nanos = lane.takePermit();
			if (nanos > 0) {
				resumeLater(lane, Duration.ofNanos(nanos));
				return;
			}
			this.global.acquire();
		}
		Delivery delivery = this.gateway.deliver(message.message());
		this.metrics.attempt(message.message(), delivery);
		handle(lane, message, delivery);
	}

	private void handle(ChatLane lane, OutboxMessage message, Delivery delivery) {
		if (delivery instanceof Delivery.Accepted) {
			done(lane, message);
			this.ready.add(lane);
			removeFromOutbox(message.id());
		}
		else if (delivery instanceof Delivery.RateLimited limited) {
			Instant now = this.clock.instant();
			Instant until = now.plus(limited.retryAfter());
			if (limited.global() || this.witness.manyChatsLimited(lane.chatId, now)) {
				// Telegram limits the whole bot: everybody waits, or every chat earns its
				// own 429
				this.globalPauseUntil = later(this.globalPauseUntil, until);
				log.warn("Telegram limits the whole bot: pausing all sending for {}s",
						limited.retryAfter().toSeconds());
			}
			retry(lane, message, until, "429");
		}
		else if (delivery instanceof Delivery.Transient failure) {
			retry(lane, message, this.clock.instant().plus(backoff(message.attempts())), failure.reason());
		}
		else if (delivery instanceof Delivery.Blocked blocked) {
			log.info("Chat {} cannot be reached on Telegram ({}); its queued messages are dropped", lane.chatId,
					blocked.reason());
			lane.drain().forEach(m -> this.held.remove(m.id()));
			lane.head();
			this.outbox.failChat(lane.chatId, blocked.reason());
			if (lane.chatId > 0) {
				this.blockedChats.blocked(lane.chatId);
			}
		}
		else if (delivery instanceof Delivery.Rejected rejected) {
			log.warn("Telegram refused message {} for good: {}", message.id(), rejected.reason());
			done(lane, message);
			this.ready.add(lane);
			this.outbox.failed(message.id(), rejected.reason());
		}
	}

	private void removeFromOutbox(String id) {
		try {
			this.outbox.sent(id);
		}
		catch (RuntimeException ex) {
			this.deliveredNotRemoved.add(id);
		}
	}

	private void removeDelivered() {
		for (String id : this.deliveredNotRemoved) {
			try {
				this.outbox.sent(id);
				this.deliveredNotRemoved.remove(id);
			}
			catch (RuntimeException ex) {
				return; // still away
			}
		}
	}

	private void done(ChatLane lane, OutboxMessage message) {
		lane.removeHead();
		this.held.remove(message.id());
	}

	private void retry(ChatLane lane, OutboxMessage message, Instant at, String reason) {
		int attempts = message.attempts() + 1;
		OutboxMessage later = new OutboxMessage(message.id(), message.chatId(), message.seq(), message.message(),
				message.state(), attempts, at, message.owner(), message.leaseUntil(), message.createdAt(), reason);
		lane.replaceHead(later);
		resumeLater(lane, Duration.between(this.clock.instant(), at));
		try {
			this.outbox.retryAt(message.id(), at, attempts, reason);
		}
		catch (RuntimeException ex) {
			// the retry stands in memory; the stored attempt count catches up next time
		}
	}

	/**
	 * Exponential, with jitter so that many chats do not all retry in the same instant.
	 */
	Duration backoff(int attempts) {
		long base = this.properties.firstBackoff().toMillis() << Math.min(attempts, 16);
		long capped = Math.min(base, this.properties.maxBackoff().toMillis());
		long jitter = ThreadLocalRandom.current().nextLong(capped / 4 + 1);
		return Duration.ofMillis(capped - capped / 8 + jitter);
	}

	private void resumeLater(ChatLane lane, Duration delay) {
		long millis = Math.max(1, delay.toMillis());
		try {
			this.timer.schedule(() -> this.ready.add(lane), millis, TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// shutting down: the message stays in the outbox
		}
	}

	private void claimDue() {
		try {
			removeDelivered();
			queued(this.outbox.claimDue(this.instanceId, 500)
				.stream()
				.filter(m -> !this.deliveredNotRemoved.contains(m.id()))
				.toList());
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for queued messages: {}", ex.getMessage());
		}
	}

	private void renewLeases() {
		try {
			this.outbox.renewLeases(this.instanceId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the outbox leases: {}", ex.getMessage());
		}
	}

	private void measureOutbox() {
		try {
			this.metrics.outbox(this.outbox.pending(), this.outbox.oldestPending());
		}
		catch (RuntimeException ex) {
			// the database is away; health says so
		}
	}

	private void forgetIdleLanes() {
		// atomically per chat, so a message arriving meanwhile never lands in a dropped
		// lane
		this.lanes.keySet().forEach(id -> this.lanes.computeIfPresent(id, (k, lane) -> lane.isIdle() ? null : lane));
	}

	/** Messages held in memory, waiting or being sent. */
	public int backlog() {
		return this.held.size();
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static java.util.concurrent.ThreadFactory named(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

}
