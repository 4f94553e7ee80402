package org.evac.admin.runs;

import java.time.Instant;
import java.time.LocalDate;

import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;

/**
 * What a volunteer plans: a day, a settlement or a circle round a point, the van's seats
 * and stretcher places, when and where it picks people up.
 */
record RunPlan(LocalDate date, PlaceRef settlement, GeoPoint center, Double radiusKm, int seats, int stretcherPlaces,
		String pickupPlace, Instant pickupAt, String vehicle, String note) {

	/** Whether {@code point} lies in the run's circle; false without a circle. */
	static boolean within(GeoPoint center, Double radiusKm, GeoPoint point) {
		return center != null && radiusKm != null && point != null && center.distanceKm(point) <= radiusKm;
	}

}
