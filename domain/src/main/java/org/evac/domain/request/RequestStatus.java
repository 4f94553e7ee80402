package org.evac.domain.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands. The open ones still need someone to act. */
public enum RequestStatus {

	NEW, IN_PROGRESS, SCHEDULED, DEFERRED, EVACUATED, SELF_EVACUATED, CANCELLED, UNREACHABLE;

	public static final Set<RequestStatus> OPEN = EnumSet.of(NEW, IN_PROGRESS, SCHEDULED, DEFERRED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

}
