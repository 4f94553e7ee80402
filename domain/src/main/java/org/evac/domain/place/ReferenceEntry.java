package org.evac.domain.place;

import java.time.Instant;

/**
 * A safer town or hotline as coordinators manage it: with whether residents are offered
 * it, who wrote it last, and where it was published and when it was last checked.
 */
public record ReferenceEntry<T>(T value, boolean active, Source source, Instant updatedAt, Provenance provenance) {

}
