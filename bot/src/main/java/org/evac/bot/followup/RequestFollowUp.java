package org.evac.bot.followup;

import java.time.Instant;
import java.util.List;

import org.evac.domain.request.EvacuationRequest;

/**
 * Reminders about a request. {@link #due} is a rule on the request as stored, so the same
 * request in the same state gives the same keys: it plans, and it re-checks a reminder
 * just before it goes out.
 */
interface RequestFollowUp {

	List<Planned> due(EvacuationRequest request, Instant now);

	Sending send(Planned planned, EvacuationRequest request, Instant now);

}
