package org.evac.outbox;

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

	private static final int MOST_CLAIMED = 500;

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

	/**
	 * Messages this instance finished lately (sent, refused): a look at the outbox that
	 * read one just before it was removed must not bring it back.
	 */
	private final Map<String, Instant> finished = new ConcurrentHashMap<>();

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
			if (!this.finished.containsKey(message.id()) && this.held.add(message.id())) {
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
		this.timer.scheduleWithFixedDelay(guarded(this::claimDue), 0, poll, TimeUnit.MILLISECONDS);
		this.timer.scheduleWithFixedDelay(guarded(this::renewLeases), 5, 5, TimeUnit.SECONDS);
		this.timer.scheduleWithFixedDelay(guarded(this::forgetIdleLanes), 1, 1, TimeUnit.MINUTES);
		this.timer.scheduleWithFixedDelay(guarded(this::measureOutbox), 0, 10, TimeUnit.SECONDS);
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
	/**
	 * Serves a lane and puts it back: at once, later, or not at all (empty or blocked).
	 * Only here is a lane put back, so a lane is never in the ready queue and on the
	 * timer at once, and no two senders ever serve one chat.
	 */
	private void serveSafely(ChatLane lane) throws InterruptedException {
		Duration next;
		try {
			next = serve(lane);
		}
		catch (RuntimeException ex) {
			log.warn("Sending to {} failed unexpectedly ({}); trying again shortly", ChatRef.of(lane.chatId),
					ex.getClass().getSimpleName());
			next = Duration.ofSeconds(1);
		}
		if (next == null) {
			return;
		}
		if (next.isZero()) {
			this.ready.add(lane);
		}
		else {
			resumeLater(lane, next);
		}
	}

	/**
	 * Sends the head of one lane; says when the lane wants serving again (null: asleep).
	 */
	private Duration serve(ChatLane lane) throws InterruptedException {
		OutboxMessage message = lane.head();
		if (message == null) {
			return null;
		}
		Instant now = this.clock.instant();
		Instant wait = later(message.notBefore(), this.globalPauseUntil);
		if (wait.isAfter(now)) {
			return Duration.between(now, wait);
		}
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
		return handle(lane, message, delivery);
	}

	private Duration handle(ChatLane lane, OutboxMessage message, Delivery delivery) {
		if (delivery instanceof Delivery.Accepted) {
			// out of the outbox before out of memory: a look at the outbox in between
			// must
			// not find it again and send it twice
			removeFromOutbox(message.id());
			done(lane, message);
			return Duration.ZERO;
		}
		if (delivery instanceof Delivery.RateLimited limited) {
			Instant now = this.clock.instant();
			Instant until = now.plus(limited.retryAfter());
			if (limited.global() || this.witness.manyChatsLimited(lane.chatId, now)) {
				// Telegram limits the whole bot: everybody waits, or every chat earns its
				// own 429
				this.globalPauseUntil = later(this.globalPauseUntil, until);
				log.warn("Telegram limits the whole bot: pausing all sending for {}s",
						limited.retryAfter().toSeconds());
			}
			return retry(lane, message, until, "429");
		}
		if (delivery instanceof Delivery.Transient failure) {
			return retry(lane, message, this.clock.instant().plus(backoff(message.attempts())), failure.reason());
		}
		if (delivery instanceof Delivery.Blocked blocked) {
			log.info("{} cannot be reached on Telegram ({}); its queued messages are dropped", ChatRef.of(lane.chatId),
					blocked.reason());
			lane.drain().forEach(m -> this.held.remove(m.id()));
			lane.head();
			this.outbox.failChat(lane.chatId, blocked.reason());
			if (lane.chatId > 0) {
				this.blockedChats.blocked(lane.chatId);
			}
			return null;
		}
		Delivery.Rejected rejected = (Delivery.Rejected) delivery;
		log.warn("Telegram refused message {} for good: {}", message.id(), rejected.reason());
		try {
			this.outbox.failed(message.id(), rejected.reason());
		}
		catch (RuntimeException ex) {
			// stays pending in the outbox: another attempt after a restart is harmless
		}
		done(lane, message);
		return Duration.ZERO;
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
		this.finished.put(message.id(), this.clock.instant());
		lane.remove(message);
		this.held.remove(message.id());
	}

	private Duration retry(ChatLane lane, OutboxMessage message, Instant at, String reason) {
		int attempts = message.attempts() + 1;
		OutboxMessage later = new OutboxMessage(message.id(), message.chatId(), message.seq(), message.message(),
				message.state(), attempts, at, message.owner(), message.leaseUntil(), message.createdAt(), reason);
		lane.replace(later);
		try {
			this.outbox.retryAt(message.id(), at, attempts, reason);
		}
		catch (RuntimeException ex) {
			// the retry stands in memory; the stored attempt count catches up next time
		}
		Duration wait = Duration.between(this.clock.instant(), at);
		return (wait.isNegative() || wait.isZero()) ? Duration.ofMillis(1) : wait;
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
			queued(this.outbox.claimDue(this.instanceId, room())
				.stream()
				.filter(m -> !this.deliveredNotRemoved.contains(m.id()))
				.toList());
			// what other instances handed over, for chats this one is sending to
			queued(this.outbox.handedTo(this.instanceId, MOST_CLAIMED)
				.stream()
				.filter(m -> !this.deliveredNotRemoved.contains(m.id()))
				.toList());
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for queued messages: {}", ex.getMessage());
		}
	}

	/**
	 * How many messages to take from the outbox: what can be sent before the next look or
	 * two, less what is already held. Claiming more would only make the leases of a large
	 * backlog to renew, and keep it from another instance that could send it.
	 */
	private int room() {
		long perPoll = Math.max(1, this.properties.maxPerSecond() * this.properties.pollEvery().toMillis() / 1000);
		long room = Math.max(this.properties.maxPerSecond(), 2 * perPoll - this.held.size());
		return (int) Math.min(MOST_CLAIMED, room);
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
		Instant longAgo = this.clock.instant().minus(Duration.ofMinutes(1));
		this.finished.values().removeIf(at -> at.isBefore(longAgo));
		// atomically per chat, so a message arriving meanwhile never lands in a dropped
		// lane
		this.lanes.keySet().forEach(id -> this.lanes.computeIfPresent(id, (k, lane) -> lane.isIdle() ? null : lane));
	}

	/** Messages held in memory, waiting or being sent. */
	public int backlog() {
		return this.held.size();
	}

	/** A periodic task that throws is never run again: so nothing may escape one. */
	private static Runnable guarded(Runnable task) {
		return () -> {
			try {
				task.run();
			}
			catch (Throwable ex) {
				log.error("A periodic delivery task failed; it runs again at its next turn", ex);
			}
		};
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
