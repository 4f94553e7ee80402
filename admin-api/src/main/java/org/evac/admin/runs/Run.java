package org.evac.admin.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One van's trip: a settlement (or a circle round a point), its seats and stretcher
 * places, when and where it picks people up, and the households it takes. It owns its
 * load: a household is added only while its people fit, and only while the run is being
 * planned or scheduled.
 */
@Document("runs")
public class Run {

	/** Where a run stands. */
	public enum State {

		/** Households are being chosen; nobody was told yet. */
		PLANNING,
		/** Every household was told when and where. */
		SCHEDULED,
		/** The van came back: every household has its outcome. */
		CLOSED

	}

	@Id
	private String id;

	private final LocalDate date;

	private final PlaceRef settlement;

	private final GeoPoint center;

	private final Double radiusKm;

	private final int seats;

	private final int stretcherPlaces;

	private final String pickupPlace;

	private final Instant pickupAt;

	private final String vehicle;

	private final String note;

	/** The account that drives or leads the run; it holds every household in it. */
	private final String volunteer;

	private State state;

	private final List<RunStop> stops;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Run(String id, LocalDate date, PlaceRef settlement, GeoPoint center, Double radiusKm, int seats,
			int stretcherPlaces, String pickupPlace, Instant pickupAt, String vehicle, String note, String volunteer,
			State state, List<RunStop> stops, Instant createdAt, Long version) {
		this.id = id;
		this.date = date;
		this.settlement = settlement;
		this.center = center;
		this.radiusKm = radiusKm;
		this.seats = seats;
		this.stretcherPlaces = stretcherPlaces;
		this.pickupPlace = pickupPlace;
		this.pickupAt = pickupAt;
		this.vehicle = vehicle;
		this.note = note;
		this.volunteer = volunteer;
		this.state = state;
		this.stops = (stops == null) ? new ArrayList<>() : new ArrayList<>(stops);
		this.createdAt = createdAt;
		this.version = version;
	}

	static Run plan(RunPlan plan, String volunteer, Instant at) {
		return new Run(null, plan.date(), plan.settlement(), plan.center(), plan.radiusKm(), plan.seats(),
				plan.stretcherPlaces(), plan.pickupPlace(), plan.pickupAt(), plan.vehicle(), plan.note(), volunteer,
				State.PLANNING, List.of(), at, null);
	}

	/**
	 * Adds a household; adding it again changes nothing.
	 * @throws IllegalStateException when the run is closed or the household does not fit
	 */
	void add(RunStop stop) {
		requireNotClosed();
		if (stop(stop.requestId()).isPresent()) {
			return;
		}
		if (stop.seats() > seatsLeft() || stop.stretchers() > stretcherPlacesLeft()) {
			throw new IllegalStateException(
					"Request %s does not fit: it needs %d seats and %d stretcher places, the run has %d and %d left"
						.formatted(stop.number(), stop.seats(), stop.stretchers(), seatsLeft(), stretcherPlacesLeft()));
		}
		this.stops.add(stop);
	}

	/** Takes a household out; returns it, if it was in. */
	Optional<RunStop> remove(String requestId) {
		requireNotClosed();
		Optional<RunStop> stop = stop(requestId);
		stop.ifPresent(this.stops::remove);
		return stop;
	}

	void scheduled() {
		requireNotClosed();
		this.state = State.SCHEDULED;
	}

	/** Writes down what became of a household; the run closes with the last one. */
	void outcome(String requestId, RunStop.Outcome outcome) {
		if (this.state != State.SCHEDULED) {
			throw new IllegalStateException(
					"Run %s is %s: only a scheduled run is closed".formatted(this.id, this.state));
		}
		RunStop stop = stop(requestId)
			.orElseThrow(() -> new IllegalStateException("Request %s is not in this run".formatted(requestId)));
		this.stops.set(this.stops.indexOf(stop), stop.withOutcome(outcome));
		if (this.stops.stream().allMatch(s -> s.outcome() != null)) {
			this.state = State.CLOSED;
		}
	}

	private void requireNotClosed() {
		if (this.state == State.CLOSED) {
			throw new IllegalStateException("Run %s is closed".formatted(this.id));
		}
	}

	Optional<RunStop> stop(String requestId) {
		return this.stops.stream().filter(s -> s.requestId().equals(requestId)).findFirst();
	}

	int seatsLeft() {
		return this.seats - this.stops.stream().mapToInt(RunStop::seats).sum();
	}

	int stretcherPlacesLeft() {
		return this.stretcherPlaces - this.stops.stream().mapToInt(RunStop::stretchers).sum();
	}

	/** Whether {@code account} may change the run and read its sheet. */
	boolean isLedBy(String account) {
		return this.volunteer.equals(account);
	}

	String id() {
		return this.id;
	}

	LocalDate date() {
		return this.date;
	}

	PlaceRef settlement() {
		return this.settlement;
	}

	GeoPoint center() {
		return this.center;
	}

	Double radiusKm() {
		return this.radiusKm;
	}

	int seats() {
		return this.seats;
	}

	int stretcherPlaces() {
		return this.stretcherPlaces;
	}

	String pickupPlace() {
		return this.pickupPlace;
	}

	Instant pickupAt() {
		return this.pickupAt;
	}

	String vehicle() {
		return this.vehicle;
	}

	String note() {
		return this.note;
	}

	String volunteer() {
		return this.volunteer;
	}

	State state() {
		return this.state;
	}

	List<RunStop> stops() {
		return List.copyOf(this.stops);
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
