package org.evac.domain.request;

import java.time.Instant;

/** A volunteer's note on a request, for the team only: never shown to the resident. */
public record Note(String id, Instant at, String by, String text) {

}
