package org.evac.admin.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import org.evac.domain.request.EvacuationRequest;

/**
 * The order volunteers work in. Escalated requests (the resident blocked the bot, a
 * reminder ran out) and stale ones (nobody touched them for a day) come first; then those
 * with children or people who need special help ({@code priority}); then whoever waits
 * longest.
 */
public final class Urgency {

	private final Instant now;

	private final Duration staleAfter;

	public Urgency(Instant now, Duration staleAfter) {
		this.now = now;
		this.staleAfter = staleAfter;
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

	Comparator<EvacuationRequest> order() {
		return Comparator.comparing((EvacuationRequest r) -> !raised(r))
			.thenComparing(EvacuationRequest::priority, Comparator.reverseOrder())
			.thenComparing(EvacuationRequest::createdAt)
			.thenComparing(EvacuationRequest::number);
	}

}
