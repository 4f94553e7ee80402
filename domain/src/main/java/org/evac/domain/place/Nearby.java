package org.evac.domain.place;

/** A settlement near a point, and how far from it. */
public record Nearby(Settlement settlement, double distanceKm) {

}
