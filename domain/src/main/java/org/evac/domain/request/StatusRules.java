package org.evac.domain.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where volunteers may move a request: forward along NEW, IN_PROGRESS, SCHEDULED,
 * EVACUATED; back from SCHEDULED to IN_PROGRESS; and from any open status to CANCELLED or
 * UNREACHABLE.
 */
final class StatusRules {

	private static final Set<RequestStatus> ALWAYS = EnumSet.of(RequestStatus.CANCELLED, RequestStatus.UNREACHABLE);

	private static final Map<RequestStatus, Set<RequestStatus>> FORWARD = Map.of(RequestStatus.NEW,
			EnumSet.of(RequestStatus.IN_PROGRESS), RequestStatus.IN_PROGRESS, EnumSet.of(RequestStatus.SCHEDULED),
			RequestStatus.SCHEDULED, EnumSet.of(RequestStatus.EVACUATED, RequestStatus.IN_PROGRESS),
			RequestStatus.DEFERRED, EnumSet.of(RequestStatus.IN_PROGRESS));

	private StatusRules() {
	}

	static Set<RequestStatus> allowedFrom(RequestStatus from) {
		if (!from.isOpen()) {
			return Set.of();
		}
		Set<RequestStatus> allowed = EnumSet.copyOf(ALWAYS);
		allowed.addAll(FORWARD.getOrDefault(from, Set.of()));
		return allowed;
	}

	static void check(String number, RequestStatus from, RequestStatus to) {
		if (!allowedFrom(from).contains(to)) {
			String allowed = allowedFrom(from).isEmpty() ? "none, it is closed" : allowedFrom(from).toString();
			throw new IllegalStateException("Request %s cannot move from %s to %s. Allowed from %s: %s"
				.formatted(number, from, to, from, allowed));
		}
	}

}
