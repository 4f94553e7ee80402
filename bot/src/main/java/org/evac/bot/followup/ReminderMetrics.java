package org.evac.bot.followup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Reminders that came due, were sent, or were dropped as moot; labelled by kind only. */
class ReminderMetrics {

	private final MeterRegistry registry;

	ReminderMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void due(String kind) {
		count("evac.reminders.due", "Reminders that came due", kind);
	}

	void sent(String kind) {
		count("evac.reminders.sent", "Reminders queued for Telegram (or, for volunteers' notices, acted on)", kind);
	}

	void dropped(String kind) {
		count("evac.reminders.dropped", "Due reminders that no longer applied when their turn came", kind);
	}

	private void count(String name, String description, String kind) {
		Counter.builder(name).description(description).tag("kind", kind).register(this.registry).increment();
	}

}
