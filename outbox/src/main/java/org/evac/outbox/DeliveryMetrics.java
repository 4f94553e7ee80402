package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What delivery counts: attempts by outcome and purpose, the outbox's depth and the age
 * of its oldest message. Labels are never personal.
 */
public class DeliveryMetrics {

	private final MeterRegistry registry;

	private final Clock clock;

	private final AtomicLong depth = new AtomicLong();

	private final AtomicReference<Instant> oldest = new AtomicReference<>();

	public DeliveryMetrics(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
		Gauge.builder("evac.outbox.depth", this.depth, AtomicLong::get)
			.description("Messages waiting in the outbox")
			.register(registry);
		Gauge.builder("evac.outbox.oldest.age", this, DeliveryMetrics::oldestAgeSeconds)
			.description("Seconds the oldest waiting message has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	void outbox(long pending, Instant oldestCreatedAt) {
		this.depth.set(pending);
		this.oldest.set(oldestCreatedAt);
	}

	private double oldestAgeSeconds() {
		Instant at = this.oldest.get();
		return (at == null) ? 0 : Duration.between(at, this.clock.instant()).toMillis() / 1000.0;
	}

	void attempt(OutgoingMessage message, Delivery delivery) {
		String outcome = delivery.getClass().getSimpleName().toLowerCase();
		Counter.builder("evac.telegram.deliveries")
			.description("Attempts to deliver a message to Telegram, by outcome")
			.tag("outcome", outcome)
			.tag("purpose", message.purpose() == null ? "reply" : message.purpose())
			.tag("kind", message.kind().name().toLowerCase())
			.register(this.registry)
			.increment();
	}

}
