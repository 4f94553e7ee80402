package org.evac.bot.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.Conversations;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Requests;
import org.evac.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the reminders that are due. Each is taken up by one instance only (an atomic
 * claim with a lease), checked once more against its subject as it is now (answered,
 * closed, erased: it is dropped), queued in the outbox under its own key, marked on its
 * subject, and removed.
 *
 * <p>
 * After a crash, the lease runs out and another instance takes the reminder up again: if
 * the mark was written, the re-check finds the reminder moot; if not, the message is
 * queued again under the same key, which adds nothing while the first is still queued.
 * Only a crash in the instant between queueing and marking, after Telegram accepted the
 * message, can send it twice, as with the outbox itself.
 */
class ReminderDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

	/** Taken up this often without going out: dropped, so it cannot block others. */
	static final int MAX_ATTEMPTS = 5;

	private static final int BATCH = 200;

	private final String owner = "reminders-" + UUID.randomUUID();

	private final Reminders reminders;

	private final ReminderKinds kinds;

	private final Requests requests;

	private final Conversations conversations;

	private final Outbox outbox;

	private final QuietHours quiet;

	private final Clock clock;

	private final ReminderMetrics metrics;

	ReminderDispatcher(Reminders reminders, ReminderKinds kinds, Requests requests, Conversations conversations,
			Outbox outbox, QuietHours quiet, Clock clock, ReminderMetrics metrics) {
		this.reminders = reminders;
		this.kinds = kinds;
		this.requests = requests;
		this.conversations = conversations;
		this.outbox = outbox;
		this.quiet = quiet;
		this.clock = clock;
		this.metrics = metrics;
	}

	/** Sends what is due now; returns how many reminders were taken up. */
	int dispatchDue() {
		int taken = 0;
		while (taken < BATCH) {
			Optional<Reminder> claimed = this.reminders.claimNext(this.owner, this.clock.instant());
			if (claimed.isEmpty()) {
				break;
			}
			taken++;
			dispatch(claimed.get());
		}
		return taken;
	}

	private void dispatch(Reminder reminder) {
		Optional<ReminderKind<?>> kind = this.kinds.named(reminder.kind());
		String tag = kind.isPresent() ? ReminderKind.tagOf(reminder.kind()) : "unknown";
		try {
			if (kind.isEmpty() || reminder.attempts() > MAX_ATTEMPTS) {
				log.warn("A {} reminder failed {} times, or is of no kind known, and is dropped", tag, MAX_ATTEMPTS);
				drop(reminder, tag);
				return;
			}
			Instant now = this.clock.instant();
			Optional<Sending> sending = recheck(kind.get(), reminder, now);
			if (sending.isEmpty()) {
				drop(reminder, tag);
				return;
			}
			if (kind.get().quiet() && this.quiet.contains(now)) {
				this.reminders.postpone(reminder, this.quiet.notBefore(now));
				return;
			}
			this.outbox.enqueue("reminder:" + reminder.id(), sending.get().messages());
			sending.get().leaveMark().run();
			this.reminders.done(reminder);
			this.metrics.sent(tag);
		}
		catch (RuntimeException ex) {
			// it stays taken up until the lease runs out, then is tried again
			log.warn("A {} reminder could not be sent now (attempt {}): {}", tag, reminder.attempts(),
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * What the reminder sends, if its subject as it is now still calls for it, and
	 * already.
	 */
	private <S> Optional<Sending> recheck(ReminderKind<S> kind, Reminder reminder, Instant now) {
		return subject(kind.subject(), reminder).flatMap(subject -> kind.next(subject, now)
			.filter(p -> p.key().equals(reminder.id()) && !p.dueAt().isAfter(now))
			.map(p -> kind.send(p, subject, now)));
	}

	private <S> Optional<S> subject(Class<S> type, Reminder reminder) {
		if (type == EvacuationRequest.class) {
			return this.requests.byId(reminder.subject()).map(type::cast);
		}
		if (type == ConversationRecord.class) {
			return this.conversations.find(reminder.chatId()).map(type::cast);
		}
		throw new IllegalStateException("No follow-ups about " + type.getSimpleName());
	}

	private void drop(Reminder reminder, String tag) {
		this.reminders.done(reminder);
		this.metrics.dropped(tag);
	}

}
