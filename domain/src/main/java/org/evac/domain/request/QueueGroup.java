package org.evac.domain.request;

/**
 * The groups of the volunteers' queue, most urgent first, as far as the request itself
 * tells them: people in danger right now, stretcher cases, escalated requests (the
 * resident blocked the bot, check-ins ran out), households with children, everyone else.
 * Within a group, people who need special help first ({@code priority}), then whoever has
 * waited longest.
 *
 * <p>
 * Every write of a request stores its group ({@link EvacuationRequest#getQueueGroup}), so
 * that the database can keep the queue in order. Only time can raise a request further:
 * one nobody touched for a day is raised with the escalated ones by the follow-ups' tick,
 * which sets the stored group to {@link #RAISED} (a later write sets it afresh).
 */
public enum QueueGroup {

	DANGER_NOW, STRETCHER, RAISED, CHILDREN, WAITING;

	public static QueueGroup of(RequestDetails details, boolean needsAttention) {
		RequestDetails known = (details == null) ? new RequestDetails(null) : details;
		if (known.dangerNow()) {
			return DANGER_NOW;
		}
		if (known.needsStretcher()) {
			return STRETCHER;
		}
		if (needsAttention) {
			return RAISED;
		}
		return (known.children() > 0) ? CHILDREN : WAITING;
	}

	/** As stored: the group's place in the order. */
	public int stored() {
		return ordinal();
	}

}
