package org.evac.domain.place;

import org.evac.domain.i18n.LocalizedName;

/**
 * A settlement of the KATOTTG register.
 *
 * @param category M city, X settlement, C village, K city with special status
 * @param location known for the settlements near the front line only, otherwise null
 */
public record Settlement(String code, String category, LocalizedName names, String oblastCode, String raion,
		String hromada, String oldName, GeoPoint location) {

	public PlaceRef ref() {
		return new PlaceRef(this.code, this.names.uk());
	}

	public boolean isCity() {
		return "M".equals(this.category) || "K".equals(this.category);
	}

}
