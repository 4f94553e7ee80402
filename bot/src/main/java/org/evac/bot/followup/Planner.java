package org.evac.bot.followup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Requests;

/**
 * Finds what is due and stores it as reminders: the conversations left half-way and the
 * open requests are read as they are, so handling a resident's update costs no extra
 * write. What is already stored is skipped; planning twice stores one reminder.
 */
class Planner {

	private final Reminders reminders;

	private final Nudges nudges;

	private final Requests requests;

	private final List<RequestFollowUp> followUps;

	private final QuietHours quiet;

	private final ReminderMetrics metrics;

	Planner(Reminders reminders, Nudges nudges, Requests requests, List<RequestFollowUp> followUps, QuietHours quiet,
			ReminderMetrics metrics) {
		this.reminders = reminders;
		this.nudges = nudges;
		this.requests = requests;
		this.followUps = followUps;
		this.quiet = quiet;
		this.metrics = metrics;
	}

	/** Returns how many reminders came due. */
	int plan(Instant now) {
		Set<String> stored = this.reminders.keys();
		int planned = 0;
		for (var conversation : this.nudges.candidates(now)) {
			planned += this.nudges.due(conversation, now).map(p -> store(p, stored, now)).orElse(0);
		}
		for (EvacuationRequest request : this.requests.open()) {
			for (RequestFollowUp followUp : this.followUps) {
				for (Planned p : followUp.due(request, now)) {
					planned += store(p, stored, now);
				}
			}
		}
		return planned;
	}

	private int store(Planned planned, Set<String> stored, Instant now) {
		if (stored.contains(planned.key())) {
			return 0;
		}
		// a reminder due in the night waits for the morning; one due while evac was down
		// goes out now (not at the time it was due, nor once per period missed)
		Instant dueAt = planned.kind().quiet ? this.quiet.notBefore(now) : planned.dueAt();
		if (!this.reminders.plan(planned, dueAt, now)) {
			return 0;
		}
		this.metrics.due(planned.kind());
		return 1;
	}

}
