package org.evac.domain.place;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The settlements and hromadas coordinators have marked as occupied: crews cannot reach
 * them. A resident there may still file a request, and is told so plainly. Seeded empty;
 * coordinators mark and unmark codes through the reference API. Like {@link Places}, a
 * snapshot re-read every few seconds, at once on the instance that made the edit.
 */
public class OccupiedPlaces {

	private static final Duration REFRESH_EVERY = Duration.ofSeconds(10);

	/**
	 * A KATOTTG code: "UA", 2 digits of oblast, 2 of raion, 3 of hromada, 3 of
	 * settlement, 7 more.
	 */
	private static final Pattern CODE = Pattern.compile("UA\\d{17}");

	/** The settlement digits of a hromada's own code. */
	private static final String WHOLE_HROMADA = "000";

	private final MongoTemplate mongo;

	private final Clock clock;

	private volatile Snapshot snapshot;

	public OccupiedPlaces(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		this.snapshot = read();
	}

	/** A code stored as occupied. */
	@Document("occupied_places")
	public record OccupiedPlace(@Id String code, String markedBy, Instant markedAt) {
	}

	/** A settlement's or hromada's KATOTTG code, as coordinators may mark it. */
	public static boolean isCode(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	/** Whether the settlement, or its whole hromada, is marked occupied. */
	public boolean isOccupied(String settlementCode) {
		if (!isCode(settlementCode)) {
			return false;
		}
		Set<String> codes = current().codes();
		return codes.contains(settlementCode) || codes.contains(hromadaPrefix(settlementCode));
	}

	/** Everything marked, by code. */
	public List<OccupiedPlace> all() {
		return this.mongo.findAll(OccupiedPlace.class)
			.stream()
			.sorted(Comparator.comparing(OccupiedPlace::code))
			.toList();
	}

	public OccupiedPlace mark(String code, String by) {
		requireCode(code);
		OccupiedPlace stored = this.mongo.save(new OccupiedPlace(code, by, this.clock.instant()));
		refresh();
		return stored;
	}

	/** Unmarks the code; false if it was not marked. */
	public boolean unmark(String code) {
		requireCode(code);
		OccupiedPlace stored = this.mongo.findById(code, OccupiedPlace.class);
		if (stored == null) {
			return false;
		}
		this.mongo.remove(stored);
		refresh();
		return true;
	}

	public void refresh() {
		this.snapshot = read();
	}

	private static void requireCode(String code) {
		if (!isCode(code)) {
			throw new IllegalArgumentException("Not a KATOTTG code: " + code);
		}
	}

	/** A hromada's code is marked whole by its prefix (oblast, raion, hromada digits). */
	private static String hromadaPrefix(String code) {
		return code.substring(0, 9);
	}

	private Snapshot current() {
		Snapshot s = this.snapshot;
		if (s.readAt().plus(REFRESH_EVERY).isBefore(this.clock.instant())) {
			refresh();
			s = this.snapshot;
		}
		return s;
	}

	private Snapshot read() {
		Set<String> codes = this.mongo.findAll(OccupiedPlace.class)
			.stream()
			.map(OccupiedPlace::code)
			.map(code -> code.substring(9, 12).equals(WHOLE_HROMADA) ? hromadaPrefix(code) : code)
			.collect(Collectors.toUnmodifiableSet());
		return new Snapshot(codes, this.clock.instant());
	}

	private record Snapshot(Set<String> codes, Instant readAt) {
	}

}
