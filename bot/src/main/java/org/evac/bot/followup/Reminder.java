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
 * @param subject the request id, or for nudges the draft id
 * @param owner the instance sending it, until {@code leaseUntil}; after that (the
 * instance died) another takes it over
 * @param attempts how often it was taken up
 */
@Document("reminders")
record Reminder(@Id String id, Kind kind, long chatId, String subject, Instant dueAt, State state, int attempts,
		String owner, Instant leaseUntil, Instant plannedAt) {

	enum State {

		PENDING, SENDING

	}

	enum Kind {

		/** Finish your request (first time). */
		NUDGE(true),
		/** Finish your request (last time). */
		LAST_NUDGE(true),
		/** Do you still need evacuation? */
		CHECK_IN(true),
		/** Volunteers: the resident stopped answering. */
		SILENCE(false),
		/** Volunteers: nobody took the request. */
		UNCLAIMED(false),
		/** The pickup is soon: where, and what to bring. */
		PICKUP(false);

		/**
		 * Waits for the end of quiet hours; a pickup reminder cannot wait, nor can
		 * volunteers' notices.
		 */
		final boolean quiet;

		Kind(boolean quiet) {
			this.quiet = quiet;
		}

		String tag() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
