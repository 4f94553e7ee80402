package org.evac.domain.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.evac.domain.i18n.LocalizedName;

import org.springframework.core.io.Resource;

/**
 * Every settlement of Ukraine (the KATOTTG register, from {@code seeds/settlements.csv}),
 * held in memory: residents name their town in many spellings, and the register never
 * changes while evac runs.
 */
public class SettlementRegister {

	/** The register read, or being read (see {@link #inBackground}). */
	private final CompletableFuture<Contents> contents;

	/** Reads the register now. */
	public SettlementRegister(Resource csv) {
		this.contents = CompletableFuture.completedFuture(new Contents(csv));
	}

	private SettlementRegister(CompletableFuture<Contents> contents) {
		this.contents = contents;
	}

	/**
	 * The register read on a thread of its own, while a start does the rest: whoever asks
	 * it anything before it is read waits for it, and a register that cannot be read
	 * fails each of them as the constructor would.
	 */
	public static SettlementRegister inBackground(Resource csv) {
		return new SettlementRegister(CompletableFuture.supplyAsync(() -> new Contents(csv), task -> {
			Thread thread = new Thread(task, "place-register");
			thread.setDaemon(true);
			thread.start();
		}));
	}

	private Contents contents() {
		try {
			return this.contents.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/** The register's settlements and their indexes, read once, then only read. */
	private static final class Contents {

		private final Map<String, Settlement> byCode = new HashMap<>();

		private final Map<String, List<Settlement>> byName = new HashMap<>();

		/** Settlements with a point of their own (GeoNames or typed by the project). */
		private final PointIndex ownPoints = new PointIndex();

		/** One settlement per hromada centroid, standing for its hromada. */
		private final PointIndex hromadas = new PointIndex();

		private final Set<GeoPoint> hromadaCentroids = new HashSet<>();

		Contents(Resource csv) {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
				String header = reader.readLine();
				if (header == null || !header.startsWith("code,category,name_uk")) {
					throw new IllegalStateException("Unexpected settlements header: " + header);
				}
				// one String for each distinct value: 29,707 settlements share 27
				// oblasts, 138 raions, 1,557 hromadas and 17,604 names
				Map<String, String> distinct = new HashMap<>();
				// each name as PlaceNames.normalize makes it, worked out once: 29,707
				// settlements bear 17,604 names, and its regular expressions run
				// interpreted at start
				Map<String, String> normalized = new HashMap<>();
				String line;
				while ((line = reader.readLine()) != null) {
					if (!line.isBlank()) {
						List<String> fields = CsvLine.split(line);
						fields.replaceAll(field -> distinct.computeIfAbsent(field, f -> f));
						add(parse(fields), distinct, normalized);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + csv.getDescription(), ex);
			}
		}

		private void add(Settlement settlement, Map<String, String> distinct, Map<String, String> normalized) {
			this.byCode.put(settlement.code(), settlement);
			index(settlement.names().uk(), settlement, distinct, normalized);
			index(settlement.names().en(), settlement, distinct, normalized);
			index(settlement.oldName(), settlement, distinct, normalized);
			if (settlement.ownLocation() != null) {
				this.ownPoints.add(settlement);
			}
			else if (settlement.coordinateSource() == CoordinateSource.HROMADA
					&& this.hromadaCentroids.add(settlement.location())) {
				this.hromadas.add(settlement);
			}
		}

		private void index(String name, Settlement settlement, Map<String, String> distinct,
				Map<String, String> normalized) {
			if (name == null) {
				return;
			}
			String key = normalized.computeIfAbsent(name,
					n -> distinct.computeIfAbsent(PlaceNames.normalize(n), k -> k));
			if (!key.isEmpty()) {
				List<Settlement> list = this.byName.computeIfAbsent(key, k -> new ArrayList<>(1));
				// a settlement's names are indexed one after the other: if it bears this
				// one already, it is the last one added (comparing by identity, not its
				// record's every field)
				if (list.isEmpty() || list.get(list.size() - 1) != settlement) {
					list.add(settlement);
				}
			}
		}

	}

	private static Settlement parse(List<String> f) {
		GeoPoint location = (f.get(8).isEmpty() || f.get(9).isEmpty()) ? null
				: new GeoPoint(Double.parseDouble(f.get(8)), Double.parseDouble(f.get(9)));
		CoordinateSource source = CoordinateSource.of((f.size() > 10) ? f.get(10) : null, location != null);
		return new Settlement(f.get(0), f.get(1), new LocalizedName(f.get(2), f.get(3), null), f.get(4), f.get(5),
				f.get(6), f.get(7).isEmpty() ? null : f.get(7), location, source);
	}

	public Optional<Settlement> byCode(String code) {
		return Optional.ofNullable(contents().byCode.get(code));
	}

	/**
	 * Settlements whose name (Ukrainian, transliterated, or the name before a renaming)
	 * is the typed one; cities first, then the given oblasts' settlements.
	 */
	public List<Settlement> named(String typed, Comparator<Settlement> preference) {
		List<Settlement> found = new ArrayList<>(
				contents().byName.getOrDefault(PlaceNames.normalize(typed), List.of()));
		found.sort(Comparator.comparing((Settlement s) -> !s.isCity()).thenComparing(preference));
		return found;
	}

	/** The closest settlement with a point of its own, if one is within {@code maxKm}. */
	public Optional<Settlement> nearest(GeoPoint point, double maxKm) {
		return nearestOwnPoint(point, maxKm).map(Nearby::settlement);
	}

	/**
	 * The closest settlement with a point of its own (not its hromada's centroid), if one
	 * is within {@code maxKm}, and its distance.
	 */
	public Optional<Nearby> nearestOwnPoint(GeoPoint point, double maxKm) {
		return contents().ownPoints.nearest(point, maxKm);
	}

	/**
	 * A settlement of the hromada whose centroid is closest, if one is within
	 * {@code maxKm}: which hromada a point is likely in, not which settlement.
	 */
	public Optional<Nearby> nearestHromada(GeoPoint point, double maxKm) {
		return contents().hromadas.nearest(point, maxKm);
	}

	/** How many settlements have a point of their own. */
	public int withOwnPoint() {
		return contents().ownPoints.size();
	}

	public int size() {
		return contents().byCode.size();
	}

	/** Every settlement, in no particular order. */
	public Collection<Settlement> all() {
		return Collections.unmodifiableCollection(contents().byCode.values());
	}

}
