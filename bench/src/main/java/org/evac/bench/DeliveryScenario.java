package org.evac.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import org.evac.bench.delivery.Deliveries;
import org.evac.bench.delivery.DeliveryRun;
import org.evac.bench.process.Launch;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutboxListener;
import org.evac.outbox.OutgoingMessage;
import org.evac.telegramfake.FakeTelegramApi;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Scenario 2: check-ins queued in evac's outbox by another process (as a reminder run
 * would), to as many different chats, sent by the running evac within its global cap. The
 * stand-in enforces that cap (and Telegram's per-chat limit) with 429s.
 */
final class DeliveryScenario {

	private static final long FIRST_CHAT = 300_000_001L;

	private static final int BATCH = 100;

	private final BenchOptions options;

	private final Launch launch;

	DeliveryScenario(BenchOptions options, Launch launch) {
		this.options = options;
		this.launch = launch;
	}

	DeliveryRun run(String name, int cap, int messages) throws Exception {
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			telegram.enforceLimits(cap, 1, 3);
			Evac evac = Evac.start(name, this.options, this.launch, telegram,
					List.of("--evac.delivery.max-per-second=" + cap), null);
			try {
				evac.awaitHealthy(Duration.ofSeconds(120));
				return deliver(evac, telegram, cap, messages);
			}
			finally {
				evac.close();
			}
		}
	}

	private static DeliveryRun deliver(Evac evac, FakeTelegramApi telegram, int cap, int messages) throws Exception {
		try (MongoClient client = Evac.mongo(evac.embeddedDatabase())) {
			Deliveries deliveries = new Deliveries(FIRST_CHAT, messages);
			telegram.onCall(deliveries);
			long start = System.nanoTime();
			queue(new MongoTemplate(client, "evac"), messages);
			double queueSeconds = (System.nanoTime() - start) / 1e9;
			long queuedAt = Deliveries.nanos(Instant.now());
			awaitDelivered(deliveries, messages, Duration.ofSeconds(60 + messages * 3L / (2 * cap)));
			Thread.sleep(3000); // a late duplicate would arrive now
			return deliveries.outcome(cap, telegram.tooManyRequestsAnswered(), queueSeconds, queuedAt);
		}
	}

	/** Through evac's own outbox, with no sender here: the running evac claims them. */
	private static void queue(MongoTemplate mongo, int messages) {
		Outbox outbox = new Outbox(mongo, Clock.systemUTC(),
				new StaticListableBeanFactory().getBeanProvider(OutboxListener.class), Duration.ofSeconds(30));
		for (int first = 0; first < messages; first += BATCH) {
			List<OutgoingMessage> batch = new ArrayList<>();
			for (int i = first; i < Math.min(messages, first + BATCH); i++) {
				batch.add(OutgoingMessage.send(FIRST_CHAT + i,
						"Нагадування: ваша заявка на евакуацію чинна. Якщо ви вже виїхали, натисніть /status.",
						Keyboard.NONE, "reminder"));
			}
			outbox.enqueue("bench-" + first, batch);
		}
	}

	private static void awaitDelivered(Deliveries deliveries, int messages, Duration limit)
			throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (deliveries.delivered() < messages && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

}
