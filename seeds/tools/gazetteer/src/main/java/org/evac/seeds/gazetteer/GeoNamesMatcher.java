package org.evac.seeds.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the KATOTTG row of each GeoNames place, or none. It never guesses: a name that
 * several rows share stays unmatched unless the raion or the hromada tells them apart,
 * and a row two GeoNames places claim is left to neither.
 */
final class GeoNamesMatcher {

	/** Further than this from its hromada's centroid, a match is a namesake elsewhere. */
	static final double FAR_FROM_HROMADA_KM = 45;

	/**
	 * A namesake is told apart by its hromada only if the point is this close to it...
	 */
	static final double NEAR_HROMADA_KM = 15;

	/** ...and the other namesakes' hromadas are at least this much further away. */
	static final double HROMADA_MARGIN_KM = 10;

	/** What became of one GeoNames place. */
	enum Result {

		/** The only row it names, and no other place names that row. */
		MATCHED,
		/** No row of its oblast has the name. */
		NO_NAME,
		/** Rows of its oblast have the name, but none in its raion. */
		OTHER_RAION,
		/** Several rows of its raion have the name, and their hromadas do not tell. */
		AMBIGUOUS,
		/** The one row with the name lies in a hromada far from the point. */
		FAR,
		/** Another GeoNames place names the same row. */
		SHARED_ROW,
		/** Its admin1 is not in the table (none expected). */
		NO_OBLAST

	}

	record Matches(Map<String, Point> points, Map<Result, Integer> results) {

	}

	private final Map<String, List<RegisterRow>> byOblastAndName = new HashMap<>();

	private final HromadaCentroids hromadas;

	GeoNamesMatcher(List<RegisterRow> rows, HromadaCentroids hromadas) {
		this.hromadas = hromadas;
		for (RegisterRow row : rows) {
			this.byOblastAndName
				.computeIfAbsent(row.oblastCode() + '|' + NameKey.of(row.nameEn()), k -> new ArrayList<>(1))
				.add(row);
		}
	}

	Matches match(List<GeoNamesPlace> places) {
		Map<Result, Integer> results = new EnumMap<>(Result.class);
		Map<String, List<Point>> claims = new LinkedHashMap<>();
		for (GeoNamesPlace place : places) {
			Candidate found = find(place);
			if (found.row() == null) {
				results.merge(found.result(), 1, Integer::sum);
			}
			else {
				claims.computeIfAbsent(found.row().code(), k -> new ArrayList<>(1)).add(place.point());
			}
		}
		Map<String, Point> points = new LinkedHashMap<>();
		claims.forEach((code, claimed) -> {
			if (claimed.size() == 1) {
				points.put(code, claimed.get(0));
				results.merge(Result.MATCHED, 1, Integer::sum);
			}
			else {
				results.merge(Result.SHARED_ROW, claimed.size(), Integer::sum);
			}
		});
		return new Matches(points, results);
	}

	private record Candidate(RegisterRow row, Result result) {

		static Candidate none(Result result) {
			return new Candidate(null, result);
		}

	}

	private Candidate find(GeoNamesPlace place) {
		Optional<String> oblast = OblastTable.oblastCode(place.admin1());
		if (oblast.isEmpty()) {
			return Candidate.none(Result.NO_OBLAST);
		}
		List<RegisterRow> named = this.byOblastAndName.getOrDefault(oblast.get() + '|' + NameKey.of(place.name()),
				List.of());
		if (named.isEmpty()) {
			return Candidate.none(Result.NO_NAME);
		}
		Optional<String> raion = OblastTable.raionPrefix(oblast.get(), place.admin2());
		List<RegisterRow> inRaion = raion.map(r -> named.stream().filter(row -> row.raionPrefix().equals(r)).toList())
			.orElse(named);
		if (inRaion.isEmpty()) {
			return Candidate.none(Result.OTHER_RAION);
		}
		Optional<RegisterRow> chosen = (inRaion.size() == 1) ? Optional.of(inRaion.get(0))
				: byHromada(inRaion, place.point());
		if (chosen.isEmpty()) {
			return Candidate.none(Result.AMBIGUOUS);
		}
		boolean far = this.hromadas.of(chosen.get())
			.map(c -> c.distanceKm(place.point()) > FAR_FROM_HROMADA_KM)
			.orElse(false);
		return far ? Candidate.none(Result.FAR) : new Candidate(chosen.get(), Result.MATCHED);
	}

	/**
	 * The namesake whose hromada the point clearly lies in: its centroid near, every
	 * other namesake's clearly further. Namesakes of one hromada share a centroid and
	 * stay ambiguous.
	 */
	private Optional<RegisterRow> byHromada(List<RegisterRow> namesakes, Point point) {
		record Distance(RegisterRow row, double km) {
		}
		List<Distance> distances = new ArrayList<>();
		for (RegisterRow row : namesakes) {
			Optional<Point> centroid = this.hromadas.of(row);
			if (centroid.isEmpty()) {
				return Optional.empty();
			}
			distances.add(new Distance(row, centroid.get().distanceKm(point)));
		}
		distances.sort(Comparator.comparingDouble(Distance::km));
		Distance best = distances.get(0);
		boolean clear = best.km() <= NEAR_HROMADA_KM && distances.get(1).km() - best.km() >= HROMADA_MARGIN_KM;
		return clear ? Optional.of(best.row()) : Optional.empty();
	}

}
