package org.evac.seeds.gazetteer;

import java.util.Arrays;

/** Where a row's point comes from: the values of the {@code coord_source} column. */
enum CoordSource {

	/** The settlement's own point, from GeoNames. */
	GEONAMES("geonames"),

	/**
	 * Typed by the project from general knowledge (build_settlements.py), no match found.
	 */
	APPROXIMATE("approximate"),

	/** The centroid of the settlement's hromada: an area, not the settlement. */
	HROMADA("hromada"),

	/** No point. */
	NONE("");

	private final String value;

	CoordSource(String value) {
		this.value = value;
	}

	String value() {
		return this.value;
	}

	static CoordSource of(String value) {
		return Arrays.stream(values())
			.filter(s -> s.value.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown coord_source: " + value));
	}

}
