package org.evac.seeds.gazetteer;

import java.util.Locale;

/** A point in degrees (WGS 84). */
record Point(double lat, double lon) {

	private static final double EARTH_RADIUS_KM = 6371.0;

	/** Great-circle distance (haversine). */
	double distanceKm(Point other) {
		double dLat = Math.toRadians(other.lat - this.lat);
		double dLon = Math.toRadians(other.lon - this.lon);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.lat))
				* Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
	}

	/** Five decimals: about a metre, as precise as the sources. */
	static String format(double degrees) {
		return String.format(Locale.ROOT, "%.5f", degrees);
	}

}
