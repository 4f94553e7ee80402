package org.evac.bot.followup;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reminder that is due, while it is being sent. Its id is its key, which names the
 * subject and which of its reminders it is ({@code checkin:<request>:3}): planning the
 * same reminder twice stores one. It leaves the collection once sent or found moot, so
 * the collection holds only what is due now (or waits for the end of quiet hours).
 *
 * @param kind the {@link ReminderKind#name() name} of its kind
 * @param subject the request id, or for nudges the draft id
 * @param owner the instance sending it, until {@code leaseUntil}; after that (the
 * instance died) another takes it over
 * @param attempts how often it was taken up
 */
@Document("reminders")
record Reminder(@Id String id, String kind, long chatId, String subject, Instant dueAt, State state, int attempts,
		String owner, Instant leaseUntil, Instant plannedAt) {

	enum State {

		PENDING, SENDING

	}

}
