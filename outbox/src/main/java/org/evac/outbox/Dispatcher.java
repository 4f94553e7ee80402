package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox to Telegram: each chat's messages in order, chats taken in turn so one
 * chat's backlog never holds up the others, within the global and per-chat limits. A 429
 * is waited out exactly, Telegram's own trouble with growing pauses; nothing is dropped
 * but what Telegram says can never be delivered. This class runs the threads; the parts
 * are {@link ChatLanes}, {@link OutboxClaims}, {@link LaneServer}, {@link Outcomes} and
 * {@link DeliveryThreads}.
 */
public class Dispatcher implements OutboxListener, SmartLifecycle {

	private final String instanceId = "sender-" + UUID.randomUUID();

	private final Outbox outbox;

	private final DeliveryProperties properties;

	private final DeliveryMetrics metrics;

	private final ChatLanes lanes;

	private final OutboxClaims claims;

	private final LaneServer server;

	private volatile boolean running;

	private DeliveryThreads threads;

	public Dispatcher(Outbox outbox, TelegramGateway gateway, BlockedChats blockedChats, DeliveryProperties properties,
			Clock clock, DeliveryMetrics metrics) {
		this.outbox = outbox;
		this.properties = properties;
		this.metrics = metrics;
		this.lanes = new ChatLanes(properties, clock);
		this.claims = new OutboxClaims(outbox, this.instanceId, properties, this.lanes);
		Outcomes outcomes = new Outcomes(outbox, this.claims, this.lanes, blockedChats, Backoff.of(properties), clock);
		this.server = new LaneServer(gateway, new GlobalRate(properties.maxPerSecond()), outcomes, metrics, clock);
	}

	@Override
	public String instanceId() {
		return this.instanceId;
	}

	@Override
	public void queued(List<OutboxMessage> messages) {
		this.lanes.add(messages);
	}

	@Override
	public void uncommitted(Collection<String> ids) {
		this.lanes.holdBack(ids);
	}

	@Override
	public void committed(Collection<String> ids) {
		this.lanes.letGo(ids);
	}

	@Override
	public void start() {
		this.running = true;
		this.threads = new DeliveryThreads(this.properties.senders(), this::sendLoop);
		this.threads.every(Duration.ZERO, this.properties.pollEvery(), this.claims::claimDue);
		this.threads.every(Duration.ofSeconds(5), Duration.ofSeconds(5), this.claims::renewLeases);
		this.threads.every(Duration.ofMinutes(1), Duration.ofMinutes(1), this.lanes::forgetIdle);
		this.threads.every(Duration.ZERO, Duration.ofSeconds(10), this::measureOutbox);
	}

	@Override
	public void stop() {
		this.running = false;
		this.threads.stop();
		this.claims.release();
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
				ChatLane lane = this.lanes.next(Duration.ofSeconds(1));
				if (lane != null) {
					serve(lane);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Serves a lane and puts it back: at once, later, or not at all (empty or blocked).
	 * Only here is a lane put back, so a lane is never in the ready queue and on the
	 * timer at once, and no two senders ever serve one chat.
	 */
	private void serve(ChatLane lane) throws InterruptedException {
		Duration next = this.server.serve(lane);
		if (next == null) {
			return;
		}
		if (next.isZero()) {
			this.lanes.putBack(lane);
		}
		else {
			resumeLater(lane, next);
		}
	}

	private void resumeLater(ChatLane lane, Duration delay) {
		this.threads.after(Math.max(1, delay.toMillis()), () -> this.lanes.putBack(lane));
	}

	private void measureOutbox() {
		try {
			this.metrics.outbox(this.outbox.pending(), this.outbox.oldestPending());
		}
		catch (RuntimeException ex) {
			// the database is away; health says so
		}
	}

	/** Messages held in memory, waiting or being sent. */
	public int backlog() {
		return this.lanes.held();
	}

}
