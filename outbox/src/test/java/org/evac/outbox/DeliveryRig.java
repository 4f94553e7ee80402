package org.evac.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.random.RandomGenerator;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.evac.domain.testing.TestDatabase;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.result.DeleteResult;

/**
 * The dispatcher's parts put together as {@link Dispatcher} does, on the real outbox in
 * the embedded database and a simulated clock, with the senders' loop run step by step in
 * the test's thread: what is ready is served, and what must wait is woken when the clock
 * reaches its time.
 */
final class DeliveryRig implements OutboxListener, AutoCloseable {

	static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	static final DeliveryProperties PROPERTIES = new DeliveryProperties(30, 1, 3, 20, 8, Duration.ofSeconds(1),
			Duration.ofSeconds(1), Duration.ofSeconds(60));

	final TestDatabase database = new TestDatabase();

	final SimulatedClock clock = new SimulatedClock(START);

	final ScriptedGateway telegram = new ScriptedGateway(this.clock);

	final List<Long> blocked = new ArrayList<>();

	/** The real template, whose removals fail while the database is "away". */
	final FlakyRemovals template = new FlakyRemovals(this.database.template());

	final Outbox outbox;

	final ChatLanes lanes;

	final OutboxClaims claims;

	final Outcomes outcomes;

	final LaneServer server;

	private final String instanceId;

	private final PriorityQueue<Wake> timer = new PriorityQueue<>(
			Comparator.comparing(Wake::at).thenComparingLong(Wake::order));

	private long order;

	private record Wake(Instant at, long order, ChatLane lane) {
	}

	DeliveryRig() {
		this("here", PROPERTIES);
	}

	DeliveryRig(String instanceId, DeliveryProperties properties) {
		this.instanceId = instanceId;
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", this);
		this.outbox = new Outbox(this.template, this.clock, beans.getBeanProvider(OutboxListener.class),
				Duration.ofSeconds(30));
		this.lanes = new ChatLanes(properties, this.clock, this.clock.meter());
		this.claims = new OutboxClaims(this.outbox, instanceId, properties, this.lanes);
		Backoff backoff = new Backoff(properties.firstBackoff(), properties.maxBackoff(), lowest());
		this.outcomes = new Outcomes(this.outbox, this.claims, this.lanes, this.blocked::add, backoff, this.clock);
		GlobalRate global = new GlobalRate(properties.maxPerSecond(), alwaysASecondLater());
		this.server = new LaneServer(this.telegram, global, this.outcomes,
				new DeliveryMetrics(new SimpleMeterRegistry(), this.clock), this.clock);
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

	/** Queues one message per text for a chat, as a turn of the conversation does. */
	List<OutboxMessage> enqueue(String key, long chatId, String... texts) {
		List<OutgoingMessage> messages = new ArrayList<>();
		for (String text : texts) {
			messages.add(OutgoingMessage.send(chatId, text, Keyboard.NONE, "reply"));
		}
		return this.outbox.enqueue(key, messages);
	}

	/**
	 * Runs the senders' loop until nothing is left to do before {@code span} has passed;
	 * the clock then stands at the end of the span.
	 */
	void runFor(Duration span) throws InterruptedException {
		Instant end = this.clock.instant().plus(span);
		while (true) {
			ChatLane lane = this.lanes.next(Duration.ZERO);
			if (lane != null) {
				putBack(lane, this.server.serve(lane));
				continue;
			}
			Wake wake = this.timer.peek();
			if (wake == null || wake.at().isAfter(end)) {
				this.clock.set(end);
				return;
			}
			this.timer.poll();
			if (wake.at().isAfter(this.clock.instant())) {
				this.clock.set(wake.at());
			}
			this.lanes.putBack(wake.lane());
		}
	}

	/** As the dispatcher does: at once, on the timer, or not at all. */
	private void putBack(ChatLane lane, Duration next) {
		if (next == null) {
			return;
		}
		if (next.isZero()) {
			this.lanes.putBack(lane);
		}
		else {
			this.timer.add(new Wake(this.clock.instant().plus(next), this.order++, lane));
		}
	}

	/** The outbox of another instance ({@code null}: a process that does not send). */
	Outbox outboxOf(String instanceId) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (instanceId != null) {
			beans.addBean("sender", new OutboxTest.Sender(instanceId));
		}
		return new Outbox(this.database.template(), this.clock, beans.getBeanProvider(OutboxListener.class),
				Duration.ofSeconds(30));
	}

	List<OutboxMessage> stored() {
		return this.database.template().findAll(OutboxMessage.class);
	}

	@Override
	public void close() {
		this.database.close();
	}

	/** The jitter's lowest value, so that waits are known to the millisecond. */
	private static RandomGenerator lowest() {
		return new RandomGenerator() {

			@Override
			public long nextLong() {
				return 0;
			}

			@Override
			public long nextLong(long bound) {
				return 0;
			}

		};
	}

	/**
	 * The bot's overall rate never holds a test up (GlobalRateTest holds it): each look
	 * at this meter finds a second gone.
	 */
	private static TimeMeter alwaysASecondLater() {
		return new TimeMeter() {

			private long now;

			@Override
			public synchronized long currentTimeNanos() {
				this.now += 1_000_000_000L;
				return this.now;
			}

			@Override
			public boolean isWallClockBased() {
				return false;
			}

		};
	}

	/** The real database, whose removals fail while it is said to be away. */
	static final class FlakyRemovals extends MongoTemplate {

		private volatile boolean away;

		FlakyRemovals(MongoTemplate real) {
			super(real.getMongoDatabaseFactory(), real.getConverter());
		}

		void away(boolean away) {
			this.away = away;
		}

		@Override
		public DeleteResult remove(Query query, Class<?> entityClass) {
			if (this.away) {
				throw new DataAccessResourceFailureException("the database is away");
			}
			return super.remove(query, entityClass);
		}

	}

}
