package org.evac.domain.place;

import java.time.Instant;

/**
 * A safer town or hotline as coordinators manage it: with whether residents are offered
 * it, and who wrote it last.
 */
public record ReferenceEntry<T>(T value, boolean active, Source source, Instant updatedAt) {

}
