package org.evac.seeds.gazetteer;

/**
 * One row of {@code seeds/settlements.csv}; {@code lat}, {@code lon} and
 * {@code coordSource} are kept as written, empty when there is no point.
 */
record RegisterRow(String code, String category, String nameUk, String nameEn, String oblastCode, String raionUk,
		String hromadaUk, String oldNameUk, String lat, String lon, CoordSource coordSource) {

	/** The KATOTTG raion prefix, e.g. {@code UA1416}; Kyiv and Sevastopol have none. */
	String raionPrefix() {
		return this.raionUk.isEmpty() ? "" : this.code.substring(0, 6);
	}

	boolean hasPoint() {
		return !this.lat.isEmpty() && !this.lon.isEmpty();
	}

	Point point() {
		return new Point(Double.parseDouble(this.lat), Double.parseDouble(this.lon));
	}

	RegisterRow located(Point point, CoordSource source) {
		return new RegisterRow(this.code, this.category, this.nameUk, this.nameEn, this.oblastCode, this.raionUk,
				this.hromadaUk, this.oldNameUk, Point.format(point.lat()), Point.format(point.lon()), source);
	}

	RegisterRow unlocated() {
		return new RegisterRow(this.code, this.category, this.nameUk, this.nameEn, this.oblastCode, this.raionUk,
				this.hromadaUk, this.oldNameUk, "", "", CoordSource.NONE);
	}

	RegisterRow approximate() {
		return new RegisterRow(this.code, this.category, this.nameUk, this.nameEn, this.oblastCode, this.raionUk,
				this.hromadaUk, this.oldNameUk, this.lat, this.lon, CoordSource.APPROXIMATE);
	}

}
