package org.evac.seeds.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the {@code lat}/{@code lon} of {@code seeds/safer-towns.json} equal to the town's
 * own point in the register. The file is edited line by line so that its layout, and a
 * coordinator's diff, stay as they are.
 */
final class SaferTowns {

	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern COORDINATE = Pattern.compile("^(\\s*\"(lat|lon)\"\\s*:\\s*)[-0-9.]+(,?)\\s*$");

	private SaferTowns() {
	}

	/**
	 * @return the codes of towns left as they were, having no own point in the register
	 */
	static List<String> update(Path file, Map<String, RegisterRow> register) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			List<String> kept = new ArrayList<>();
			String code = null;
			for (int i = 0; i < lines.size(); i++) {
				Matcher codeLine = CODE.matcher(lines.get(i));
				if (codeLine.find()) {
					code = codeLine.group(1);
					RegisterRow row = register.get(code);
					if (row == null || !hasOwnPoint(row)) {
						kept.add(code);
					}
				}
				Matcher coordinate = COORDINATE.matcher(lines.get(i));
				RegisterRow row = (code == null) ? null : register.get(code);
				if (coordinate.matches() && row != null && hasOwnPoint(row)) {
					String value = coordinate.group(2).equals("lat") ? row.lat() : row.lon();
					lines.set(i, coordinate.group(1) + value + coordinate.group(3));
				}
			}
			Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
			return kept;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean hasOwnPoint(RegisterRow row) {
		return row.coordSource() == CoordSource.GEONAMES || row.coordSource() == CoordSource.APPROXIMATE;
	}

}
