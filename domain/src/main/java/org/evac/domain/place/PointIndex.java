package org.evac.domain.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settlements in cells of a tenth of a degree, so the nearest one to a shared location is
 * found by looking at the cells around it, ring by ring, instead of at every settlement.
 */
final class PointIndex {

	private static final double CELL_DEGREES = 0.1;

	private static final double KM_PER_DEGREE = 111.19;

	/** Half the globe in cells: no point is further. */
	private static final int MAX_RINGS = 1800;

	private final Map<Long, List<Settlement>> cells = new HashMap<>();

	private int size;

	void add(Settlement settlement) {
		GeoPoint point = settlement.location();
		this.cells.computeIfAbsent(key(row(point.lat()), column(point.lon())), k -> new ArrayList<>(4)).add(settlement);
		this.size++;
	}

	int size() {
		return this.size;
	}

	/** The closest settlement within {@code maxKm}, or none. */
	Optional<Nearby> nearest(GeoPoint point, double maxKm) {
		long row = row(point.lat());
		long column = column(point.lon());
		Settlement best = null;
		double bestKm = Double.MAX_VALUE;
		for (int ring = 0; ring < MAX_RINGS && this.size > 0; ring++) {
			for (long r = row - ring; r <= row + ring; r++) {
				for (long c = column - ring; c <= column + ring; c++) {
					boolean onRing = Math.abs(r - row) == ring || Math.abs(c - column) == ring;
					List<Settlement> cell = onRing ? this.cells.get(key(r, c)) : null;
					if (cell != null) {
						for (Settlement s : cell) {
							double km = s.location().distanceKm(point);
							if (km < bestKm) {
								best = s;
								bestKm = km;
							}
						}
					}
				}
			}
			// anything in the next ring is at least this far away
			double nextRingKm = ring * cellKm(point.lat(), ring + 1);
			if (nextRingKm >= Math.min(bestKm, maxKm)) {
				break;
			}
		}
		return (best == null || bestKm > maxKm) ? Optional.empty() : Optional.of(new Nearby(best, bestKm));
	}

	/**
	 * The smaller side of a cell up to {@code rings} cells from the latitude: east-west
	 * cells narrow towards the pole.
	 */
	private static double cellKm(double lat, int rings) {
		double farthest = Math.min(89.9, Math.abs(lat) + rings * CELL_DEGREES);
		return CELL_DEGREES * KM_PER_DEGREE * Math.cos(Math.toRadians(farthest));
	}

	private static long row(double lat) {
		return (long) Math.floor(lat / CELL_DEGREES);
	}

	private static long column(double lon) {
		return (long) Math.floor(lon / CELL_DEGREES);
	}

	private static long key(long row, long column) {
		return (row << 32) ^ (column & 0xffffffffL);
	}

}
