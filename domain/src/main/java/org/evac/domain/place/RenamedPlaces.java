package org.evac.domain.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

/**
 * Names settlements had before they were renamed ({@code seeds/renamed-places.csv}: the
 * 2016 decommunisation renames of cities and towns, and a few later ones), in Ukrainian
 * and Russian: residents still write Артемовск for Бахмут. The 2024 renames are the
 * register's own {@code old_name_uk}.
 */
final class RenamedPlaces {

	private static final String HEADER = "code,name_uk,old_name_uk,old_name_ru,year,source";

	private final Map<String, List<OldName>> byCode;

	private RenamedPlaces(Map<String, List<OldName>> byCode) {
		this.byCode = byCode;
	}

	/** A name before renaming; {@code ru} may be empty. */
	record OldName(String uk, String ru, int year) {
	}

	static RenamedPlaces none() {
		return new RenamedPlaces(Map.of());
	}

	/**
	 * Reads the file and checks each row against the register: a code it does not know or
	 * a current name that is not the register's stops the start, as a typo would
	 * otherwise send residents of an old name to another place.
	 */
	static RenamedPlaces read(Resource csv, SettlementRegister register) {
		Map<String, List<OldName>> byCode = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (!HEADER.equals(header)) {
				throw new IllegalStateException("Unexpected header of renamed places: " + header);
			}
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					List<String> f = CsvLine.split(line);
					Settlement settlement = register.byCode(f.get(0))
						.filter(s -> s.names().uk().equals(f.get(1)))
						.orElseThrow(() -> new IllegalStateException(
								"Renamed place " + f.get(0) + " " + f.get(1) + " is not in the register"));
					byCode.computeIfAbsent(settlement.code(), c -> new ArrayList<>(1))
						.add(new OldName(f.get(2), f.get(3), Integer.parseInt(f.get(4))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + csv.getDescription(), ex);
		}
		return new RenamedPlaces(byCode);
	}

	List<OldName> of(String code) {
		return this.byCode.getOrDefault(code, List.of());
	}

	int size() {
		return this.byCode.values().stream().mapToInt(List::size).sum();
	}

}
