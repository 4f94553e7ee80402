package org.evac.domain.place;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The oblasts, safer towns and hotlines the conversation offers. Kept as a snapshot in
 * memory and re-read every few seconds, so an edit by a coordinator on any instance is
 * offered almost at once, and at once on the instance that made it.
 */
public class Places {

	private static final Duration REFRESH_EVERY = Duration.ofSeconds(10);

	private final MongoTemplate mongo;

	private final Clock clock;

	private volatile Snapshot snapshot;

	public Places(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		this.snapshot = read();
	}

	public List<Oblast> oblasts() {
		return current().oblasts();
	}

	public Optional<Oblast> oblast(String code) {
		return oblasts().stream().filter(o -> o.code().equals(code)).findFirst();
	}

	/** Oblasts a resident of {@code ownOblast} can be taken to: not their own. */
	public List<Oblast> destinationsFrom(String ownOblast) {
		return oblasts().stream().filter(o -> o.acceptsEvacuees() && !o.code().equals(ownOblast)).toList();
	}

	public List<SaferTown> saferTowns(String oblastCode) {
		return current().saferTowns().stream().filter(t -> t.oblastCode().equals(oblastCode)).toList();
	}

	public Optional<SaferTown> saferTown(String code) {
		return current().saferTowns().stream().filter(t -> t.code().equals(code)).findFirst();
	}

	public List<Hotline> hotlines(String oblastCode) {
		return current().hotlines().stream().filter(h -> h.servesOblast(oblastCode)).toList();
	}

	/** Re-read now: after an edit, so the change is offered at once. */
	public void refresh() {
		this.snapshot = read();
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
		List<PlaceDocument> places = this.mongo.find(Query.query(Criteria.where("active").is(true)),
				PlaceDocument.class);
		List<Oblast> oblasts = places.stream()
			.filter(p -> p.kind() == PlaceDocument.Kind.OBLAST)
			.sorted(Comparator.comparing(PlaceDocument::code))
			.map(PlaceDocument::toOblast)
			.toList();
		List<SaferTown> towns = places.stream()
			.filter(p -> p.kind() == PlaceDocument.Kind.SAFER_TOWN)
			.sorted(Comparator.comparing((PlaceDocument p) -> p.names().uk()))
			.map(PlaceDocument::toSaferTown)
			.toList();
		List<Hotline> hotlines = this.mongo.find(Query.query(Criteria.where("active").is(true)), HotlineDocument.class)
			.stream()
			.sorted(Comparator.comparing((HotlineDocument h) -> h.oblastCode() == null ? 1 : 0)
				.thenComparing(HotlineDocument::code))
			.map(HotlineDocument::toHotline)
			.toList();
		return new Snapshot(oblasts, towns, hotlines, this.clock.instant());
	}

	private record Snapshot(List<Oblast> oblasts, List<SaferTown> saferTowns, List<Hotline> hotlines, Instant readAt) {
	}

}
