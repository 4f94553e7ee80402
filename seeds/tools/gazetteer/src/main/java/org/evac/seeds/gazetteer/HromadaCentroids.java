package org.evac.seeds.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hromada centroids from {@code ../shared/data/hromadas.csv} (OCHA COD-AB), joined to the
 * register by oblast, raion and hromada name (the codifier's short forms on both sides),
 * or by oblast and hromada name where that is unique in the oblast (a few hromadas
 * changed raion in OCHA's copy).
 */
final class HromadaCentroids {

	private final Map<String, Point> byRaion = new HashMap<>();

	private final Map<String, List<Point>> byOblast = new HashMap<>();

	private final Map<String, String> oblastNames;

	/**
	 * @param oblastNames the oblasts' short Ukrainian names («Донецька») by KATOTTG code,
	 * as hromadas.csv names them
	 */
	HromadaCentroids(Map<String, String> oblastNames) {
		this.oblastNames = oblastNames;
	}

	static HromadaCentroids read(Path file, Map<String, String> oblastNames) {
		HromadaCentroids centroids = new HromadaCentroids(oblastNames);
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			if (lines.isEmpty() || !lines.get(0).startsWith("pcode,oblast_uk,raion_uk,hromada_uk")) {
				throw new IllegalStateException("Unexpected header in " + file);
			}
			for (String line : lines.subList(1, lines.size())) {
				List<String> f = Csv.split(line);
				centroids.add(f.get(1), f.get(2), f.get(3),
						new Point(Double.parseDouble(f.get(6)), Double.parseDouble(f.get(7))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return centroids;
	}

	void add(String oblast, String raion, String hromada, Point centroid) {
		this.byRaion.put(key(oblast, raion, hromada), centroid);
		this.byOblast.computeIfAbsent(key(oblast, hromada), k -> new ArrayList<>()).add(centroid);
	}

	Optional<Point> of(RegisterRow row) {
		String oblast = this.oblastNames.get(row.oblastCode());
		if (oblast == null || row.hromadaUk().isEmpty()) {
			return Optional.empty();
		}
		Point exact = this.byRaion.get(key(oblast, row.raionUk(), row.hromadaUk()));
		if (exact != null) {
			return Optional.of(exact);
		}
		List<Point> sameName = this.byOblast.getOrDefault(key(oblast, row.hromadaUk()), List.of());
		return (sameName.size() == 1) ? Optional.of(sameName.get(0)) : Optional.empty();
	}

	private static String key(String... parts) {
		StringBuilder key = new StringBuilder();
		for (String part : parts) {
			key.append(part.toLowerCase(Locale.ROOT).replaceAll("['’ʼ`\\-\\s]", "")).append('|');
		}
		return key.toString();
	}

}
