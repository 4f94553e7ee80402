package org.evac.admin.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;

/**
 * The order volunteers work in, and the reason each request is where it is
 * ({@link Reason}, shown on its row):
 * <ol>
 * <li>people in danger right now (shelling nearby, a damaged home), then those who must
 * be carried on a stretcher;</li>
 * <li>raised requests: escalated (the resident blocked the bot, check-ins ran out) or
 * stale (nobody touched them for a day);</li>
 * <li>households with children;</li>
 * <li>within each of these, people who need special help first ({@code priority}), then
 * whoever has waited longest.</li>
 * </ol>
 */
public final class Urgency {

	/** Why a request is where it is in the queue, most urgent first. */
	public enum Reason {

		DANGER_NOW, STRETCHER, RAISED, CHILDREN, WAITING

	}

	private final Instant now;

	private final Duration staleAfter;

	public Urgency(Instant now, Duration staleAfter) {
		this.now = now;
		this.staleAfter = staleAfter;
	}

	/** A request last touched before this is stale. */
	Instant staleBefore() {
		return this.now.minus(this.staleAfter);
	}

	boolean stale(EvacuationRequest request) {
		return request.status().isOpen() && request.updatedAt() != null
				&& request.updatedAt().plus(this.staleAfter).isBefore(this.now);
	}

	boolean raised(EvacuationRequest request) {
		return request.needsAttention() || stale(request);
	}

	long waitingMinutes(EvacuationRequest request) {
		return Duration.between(request.createdAt(), this.now).toMinutes();
	}

	public Reason reason(EvacuationRequest request) {
		RequestDetails details = (request.details() == null) ? new RequestDetails(null) : request.details();
		if (details.dangerNow()) {
			return Reason.DANGER_NOW;
		}
		if (details.needsStretcher()) {
			return Reason.STRETCHER;
		}
		if (raised(request)) {
			return Reason.RAISED;
		}
		return (details.children() > 0) ? Reason.CHILDREN : Reason.WAITING;
	}

	public Comparator<EvacuationRequest> order() {
		return Comparator.comparing(this::reason)
			.thenComparing(EvacuationRequest::priority, Comparator.reverseOrder())
			.thenComparing(EvacuationRequest::createdAt)
			.thenComparing(EvacuationRequest::number);
	}

}
