package org.evac.domain.place;

import org.evac.domain.i18n.LocalizedName;

/**
 * A settlement of the KATOTTG register.
 *
 * @param category M city, X settlement, C village, K city with special status
 * @param location the settlement's own point, or its hromada's centroid (see
 * {@code coordinateSource}), or null
 * @param coordinateSource where {@code location} comes from
 */
public record Settlement(String code, String category, LocalizedName names, String oblastCode, String raion,
		String hromada, String oldName, GeoPoint location, CoordinateSource coordinateSource) {

	/** The settlement's own point; null when there is none, or only its hromada's. */
	public GeoPoint ownLocation() {
		return (this.location != null && this.coordinateSource.ownPoint()) ? this.location : null;
	}

	public PlaceRef ref() {
		return new PlaceRef(this.code, this.names.uk());
	}

	public boolean isCity() {
		return "M".equals(this.category) || "K".equals(this.category);
	}

}
