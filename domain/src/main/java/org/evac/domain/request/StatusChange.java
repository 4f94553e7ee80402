package org.evac.domain.request;

import java.time.Instant;

/** One step of a request's history: who moved it from where to where, and why. */
public record StatusChange(Instant at, RequestStatus from, RequestStatus to, String by, String note) {

}
