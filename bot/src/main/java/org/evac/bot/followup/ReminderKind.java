package org.evac.bot.followup;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.domain.request.EvacuationRequest;

/**
 * One kind of reminder, whole: when it falls due for its subject, what it sends, and the
 * mark it leaves on its subject so that it is not sent again. A new kind is one class
 * implementing this, made a bean
 * ({@code @Component @Conditional(RemindersEnabled.class)}): the follow-ups find every
 * bean of this type, plan it, send it and keep its subject's next due time.
 *
 * <p>
 * {@link #next} is a rule on the subject as stored, so the same subject in the same state
 * gives the same key: it plans, it tells the follow-ups when to look at the subject
 * again, and it re-checks a reminder just before it goes out.
 *
 * @param <S> what it is about: an {@link EvacuationRequest}, or for a resident in the
 * middle of the questions a {@link ConversationRecord}
 */
interface ReminderKind<S> {

	/**
	 * Its name, as stored in the reminders' {@code kind} field: keep it once reminders
	 * were stored under it.
	 */
	String name();

	/**
	 * Every name its reminders are stored under: one kind may send reminders of several
	 * steps (the first and the last nudge), each stored under a name of its own.
	 */
	default Set<String> names() {
		return Set.of(name());
	}

	/** Its subject's type. */
	Class<S> subject();

	/**
	 * Whether it waits for the end of quiet hours; a pickup reminder cannot wait, nor can
	 * volunteers' notices.
	 */
	boolean quiet();

	/**
	 * The reminder the subject calls for as it is now, due now or later; empty when it
	 * calls for none (and, until it changes, never will).
	 */
	Optional<Planned> next(S subject, Instant now);

	/** What it sends, and the mark it leaves once queued. */
	Sending send(Planned planned, S subject, Instant now);

	/**
	 * The label in the metrics and the logs of reminders stored under {@code name}:
	 * {@code CHECK_IN} is {@code check-in}.
	 */
	static String tagOf(String name) {
		return name.toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
