package org.evac.seeds.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every row of the register the best point there is: its own from GeoNames, else
 * the one typed by hand (marked approximate), else its hromada's centroid.
 */
final class Gazetteer {

	/** A hand-typed point replaced by a GeoNames one, and how far it was off. */
	record Replaced(String code, String name, double km) {

	}

	record Result(List<RegisterRow> rows, Map<GeoNamesMatcher.Result, Integer> matching, List<Replaced> replaced) {

	}

	private Gazetteer() {
	}

	static Result locate(List<RegisterRow> register, List<GeoNamesPlace> places, HromadaCentroids hromadas) {
		// points this tool wrote before are worked out again; hand-typed ones are kept
		List<RegisterRow> rows = register.stream()
			.map(r -> (r.coordSource() == CoordSource.GEONAMES || r.coordSource() == CoordSource.HROMADA)
					? r.unlocated() : r)
			.toList();
		GeoNamesMatcher.Matches matches = new GeoNamesMatcher(rows, hromadas).match(places);
		List<RegisterRow> located = new ArrayList<>(rows.size());
		List<Replaced> replaced = new ArrayList<>();
		for (RegisterRow row : rows) {
			Point own = matches.points().get(row.code());
			if (own != null) {
				if (row.hasPoint()) {
					replaced.add(new Replaced(row.code(), row.nameUk(), row.point().distanceKm(own)));
				}
				located.add(row.located(own, CoordSource.GEONAMES));
			}
			else if (row.hasPoint()) {
				located.add(row.approximate());
			}
			else {
				Optional<Point> centroid = hromadas.of(row);
				located.add(centroid.map(c -> row.located(c, CoordSource.HROMADA)).orElse(row.unlocated()));
			}
		}
		return new Result(located, matches.results(), replaced);
	}

}
