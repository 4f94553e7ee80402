package org.evac.domain.request;

import java.time.Instant;

/** One step of a request's history: who moved it from where to where, and why. */
public record StatusChange(Instant at, RequestStatus from, RequestStatus to, String by, String note) {

	/** The same step without its free text, which may tell of a person. */
	StatusChange withoutNote() {
		return (this.note == null) ? this : new StatusChange(this.at, this.from, this.to, this.by, null);
	}

}
