package org.evac.domain.place;

/** A point on the map, in degrees (WGS 84). */
public record GeoPoint(double lat, double lon) {

	private static final double EARTH_RADIUS_KM = 6371.0;

	public GeoPoint {
		if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || Double.isNaN(lat) || Double.isNaN(lon)) {
			throw new IllegalArgumentException("Not a point on Earth: " + lat + ", " + lon);
		}
	}

	/** Great-circle distance (haversine). */
	public double distanceKm(GeoPoint other) {
		double dLat = Math.toRadians(other.lat - this.lat);
		double dLon = Math.toRadians(other.lon - this.lon);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.lat))
				* Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
	}

}
