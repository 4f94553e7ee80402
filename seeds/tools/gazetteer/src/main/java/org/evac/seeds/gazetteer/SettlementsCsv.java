package org.evac.seeds.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code seeds/settlements.csv}: as {@code build_settlements.py} writes
 * it (ten columns, every point hand-typed) or as this tool wrote it (with
 * {@code coord_source}).
 */
final class SettlementsCsv {

	static final String PYTHON_HEADER = "code,category,name_uk,name_en,oblast_code,raion_uk,hromada_uk,old_name_uk,lat,lon";

	static final String HEADER = PYTHON_HEADER + ",coord_source";

	private SettlementsCsv() {
	}

	static List<RegisterRow> read(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			String header = lines.isEmpty() ? "" : lines.get(0);
			boolean withSource = header.equals(HEADER);
			if (!withSource && !header.equals(PYTHON_HEADER)) {
				throw new IllegalStateException("Unexpected header in " + file + ": " + header);
			}
			List<RegisterRow> rows = new ArrayList<>(lines.size());
			for (String line : lines.subList(1, lines.size())) {
				if (!line.isBlank()) {
					rows.add(row(Csv.split(line), withSource));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static RegisterRow row(List<String> f, boolean withSource) {
		boolean located = !f.get(8).isEmpty();
		// a point without a source can only have been typed by hand
		CoordSource source = withSource ? CoordSource.of(f.get(10))
				: (located ? CoordSource.APPROXIMATE : CoordSource.NONE);
		return new RegisterRow(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8),
				f.get(9), source);
	}

	static void write(Path file, List<RegisterRow> rows) {
		StringBuilder out = new StringBuilder(HEADER).append('\n');
		for (RegisterRow r : rows) {
			out.append(Csv.join(List.of(r.code(), r.category(), r.nameUk(), r.nameEn(), r.oblastCode(), r.raionUk(),
					r.hromadaUk(), r.oldNameUk(), r.lat(), r.lon(), r.coordSource().value())))
				.append('\n');
		}
		try {
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.writeString(tmp, out, StandardCharsets.UTF_8);
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
