package org.evac.seeds.gazetteer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How many settlements have a point of each source, per oblast and in all. */
final class Coverage {

	private final Map<String, Map<CoordSource, Integer>> byOblast = new LinkedHashMap<>();

	private final Map<CoordSource, Integer> total = new EnumMap<>(CoordSource.class);

	Coverage(List<RegisterRow> rows) {
		for (RegisterRow row : rows) {
			this.byOblast.computeIfAbsent(row.oblastCode(), k -> new EnumMap<>(CoordSource.class))
				.merge(row.coordSource(), 1, Integer::sum);
			this.total.merge(row.coordSource(), 1, Integer::sum);
		}
	}

	int total(CoordSource source) {
		return this.total.getOrDefault(source, 0);
	}

	int oblast(String oblastCode, CoordSource source) {
		return this.byOblast.getOrDefault(oblastCode, Map.of()).getOrDefault(source, 0);
	}

	/** A Markdown table, oblasts in register order, as seeds/README.md records it. */
	String table(Map<String, String> oblastNames) {
		StringBuilder out = new StringBuilder(
				"| oblast | settlements | own point (geonames) | approximate | hromada centroid | no point |\n"
						+ "|---|---:|---:|---:|---:|---:|\n");
		this.byOblast.forEach((code, counts) -> out.append(line(oblastNames.getOrDefault(code, code), counts)));
		out.append(line("**all**", this.total));
		return out.toString();
	}

	private static String line(String name, Map<CoordSource, Integer> counts) {
		int all = counts.values().stream().mapToInt(Integer::intValue).sum();
		int own = counts.getOrDefault(CoordSource.GEONAMES, 0);
		return String.format(Locale.ROOT, "| %s | %d | %d (%.0f%%) | %d | %d | %d |%n", name, all, own,
				100.0 * own / all, counts.getOrDefault(CoordSource.APPROXIMATE, 0),
				counts.getOrDefault(CoordSource.HROMADA, 0), counts.getOrDefault(CoordSource.NONE, 0));
	}

}
