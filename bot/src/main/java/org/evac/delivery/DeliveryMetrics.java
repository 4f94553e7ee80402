package org.evac.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.evac.outbox.OutgoingMessage;

/** What delivery counts: attempts by outcome and purpose. Labels are never personal. */
public class DeliveryMetrics {

	private final MeterRegistry registry;

	public DeliveryMetrics(MeterRegistry registry) {
		this.registry = registry;
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
