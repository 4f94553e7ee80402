package org.evac.domain.place;

import java.util.Arrays;

/**
 * Where a settlement's point comes from: the {@code coord_source} column of
 * {@code seeds/settlements.csv} (see seeds/README.md).
 */
public enum CoordinateSource {

	/** The settlement's own point, from GeoNames. */
	GEONAMES("geonames"),

	/** The settlement's own point, typed by the project; within a few km. */
	APPROXIMATE("approximate"),

	/**
	 * The centroid of the settlement's hromada: an area of a few hundred km², never to be
	 * presented as where the settlement is.
	 */
	HROMADA("hromada"),

	/** No point. */
	NONE("");

	private final String column;

	CoordinateSource(String column) {
		this.column = column;
	}

	/** Whether the point is the settlement's own, not its hromada's. */
	public boolean ownPoint() {
		return this == GEONAMES || this == APPROXIMATE;
	}

	/** The column's value; a register without the column has hand-typed points only. */
	static CoordinateSource of(String column, boolean located) {
		if (column == null) {
			return located ? APPROXIMATE : NONE;
		}
		return Arrays.stream(values())
			.filter(s -> s.column.equals(column))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown coord_source: " + column));
	}

}
