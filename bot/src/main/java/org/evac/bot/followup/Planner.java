package org.evac.bot.followup;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.Conversations;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Requests;

/**
 * Finds what is due and stores it as reminders. It reads only the requests and the
 * conversations whose next follow-up is due (every change makes it due at once, so a
 * change is looked at on the next tick), in pages, earliest first; asks every kind of
 * reminder what each calls for; stores what is due now; and writes down when the next one
 * falls due, the earliest still to come. That is the one place the due time is worked
 * out; a reminder stored is not counted again, since sending it leaves a mark that is a
 * change. What is already stored is skipped; planning twice stores one reminder.
 */
class Planner {

	/** Subjects read at a time. */
	static final int PAGE = 200;

	/** Pages read in one tick at most: a backlog is worked off over several ticks. */
	static final int MAX_PAGES = 25;

	private final Reminders reminders;

	private final Requests requests;

	private final Conversations conversations;

	private final List<ReminderKind<EvacuationRequest>> requestKinds;

	private final List<ReminderKind<ConversationRecord>> conversationKinds;

	private final DraftRetention retention;

	private final QuietHours quiet;

	private final ReminderMetrics metrics;

	Planner(Reminders reminders, Requests requests, Conversations conversations, ReminderKinds kinds,
			DraftRetention retention, QuietHours quiet, ReminderMetrics metrics) {
		this.reminders = reminders;
		this.requests = requests;
		this.conversations = conversations;
		this.requestKinds = kinds.about(EvacuationRequest.class);
		this.conversationKinds = kinds.about(ConversationRecord.class);
		this.retention = retention;
		this.quiet = quiet;
		this.metrics = metrics;
	}

	/** Returns how many reminders came due. */
	int plan(Instant now) {
		Stored stored = new Stored(this.reminders);
		int planned = 0;
		planned += inPages(now, this.conversations::dueForFollowUp, ConversationRecord::chatId,
				conversation -> planConversation(conversation, stored, now));
		planned += inPages(now, this.requests::dueForFollowUp, EvacuationRequest::id,
				request -> planRequest(request, stored, now));
		return planned;
	}

	private int planRequest(EvacuationRequest request, Stored stored, Instant now) {
		Next next = new Next(null);
		int planned = planKinds(this.requestKinds, request, stored, now, next);
		this.requests.nextFollowUp(request.id(), request.version(), next.at);
		return planned;
	}

	private int planConversation(ConversationRecord conversation, Stored stored, Instant now) {
		if (this.retention.forgetIfDue(conversation, now)) {
			return 0;
		}
		Next next = new Next(this.retention.forgottenAt(conversation));
		int planned = planKinds(this.conversationKinds, conversation, stored, now, next);
		this.conversations.nextFollowUp(conversation.chatId(), conversation.version(), next.at);
		return planned;
	}

	private <S> int planKinds(List<ReminderKind<S>> kinds, S subject, Stored stored, Instant now, Next next) {
		int planned = 0;
		for (ReminderKind<S> kind : kinds) {
			var reminder = kind.next(subject, now);
			if (reminder.isEmpty()) {
				continue;
			}
			if (reminder.get().dueAt().isAfter(now)) {
				next.earliest(reminder.get().dueAt());
			}
			else {
				planned += store(kind, reminder.get(), stored, now);
			}
		}
		return planned;
	}

	/**
	 * Reads the due subjects a page at a time until none is left or the tick has read
	 * enough; each is looked at once per tick, even if a change makes it due again
	 * meanwhile.
	 */
	private <S> int inPages(Instant now, BiFunction<Instant, Integer, List<S>> due,
			java.util.function.Function<S, Object> id, java.util.function.ToIntFunction<S> plan) {
		Set<Object> seen = new HashSet<>();
		int planned = 0;
		for (int page = 0; page < MAX_PAGES; page++) {
			List<S> subjects = due.apply(now, PAGE);
			boolean progress = false;
			for (S subject : subjects) {
				if (seen.add(id.apply(subject))) {
					progress = true;
					planned += plan.applyAsInt(subject);
				}
			}
			if (subjects.size() < PAGE || !progress) {
				break;
			}
		}
		return planned;
	}

	private int store(ReminderKind<?> kind, Planned planned, Stored stored, Instant now) {
		if (stored.keys().contains(planned.key())) {
			return 0;
		}
		// a reminder due in the night waits for the morning; one due while evac was down
		// goes out now (not at the time it was due, nor once per period missed)
		Instant dueAt = kind.quiet() ? this.quiet.notBefore(now) : planned.dueAt();
		if (!this.reminders.plan(planned, dueAt, now)) {
			return 0;
		}
		this.metrics.due(ReminderKind.tagOf(planned.kind()));
		return 1;
	}

	/** The earliest follow-up still to come. */
	private static final class Next {

		private Instant at;

		Next(Instant at) {
			this.at = at;
		}

		void earliest(Instant candidate) {
			if (this.at == null || candidate.isBefore(this.at)) {
				this.at = candidate;
			}
		}

	}

	/**
	 * The keys of the reminders stored, read once per tick and only if something is due.
	 */
	private static final class Stored {

		private final Reminders reminders;

		private Set<String> keys;

		Stored(Reminders reminders) {
			this.reminders = reminders;
		}

		Set<String> keys() {
			if (this.keys == null) {
				this.keys = this.reminders.keys();
			}
			return this.keys;
		}

	}

}
