package org.evac.bot.followup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Reminders that came due, were sent, or were dropped as moot; labelled by kind only. */
class ReminderMetrics {

	private final MeterRegistry registry;

	ReminderMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void due(Reminder.Kind kind) {
		count("evac.reminders.due", "Reminders that came due", kind);
	}

	void sent(Reminder.Kind kind) {
		count("evac.reminders.sent", "Reminders queued for Telegram (or, for volunteers' notices, acted on)", kind);
	}

	void dropped(Reminder.Kind kind) {
		count("evac.reminders.dropped", "Due reminders that no longer applied when their turn came", kind);
	}

	private void count(String name, String description, Reminder.Kind kind) {
		Counter.builder(name).description(description).tag("kind", kind.tag()).register(this.registry).increment();
	}

}
