package org.evac.domain.place;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Coordinators' edits of the safer towns and hotlines the bot offers. Every edit is
 * marked {@link Source#COORDINATOR}, so a seed reload never undoes it, and the bot offers
 * the new list at once. Retiring keeps the entry, inactive, so it can be brought back.
 */
public class ReferenceData {

	private final MongoTemplate mongo;

	private final Places places;

	private final Clock clock;

	public ReferenceData(MongoTemplate mongo, Places places, Clock clock) {
		this.mongo = mongo;
		this.places = places;
		this.clock = clock;
	}

	/** The safer towns of an oblast, retired ones too, by Ukrainian name. */
	public List<ReferenceEntry<SaferTown>> saferTowns(String oblastCode) {
		return this.mongo
			.find(Query
				.query(Criteria.where("kind").is(PlaceDocument.Kind.SAFER_TOWN).and("oblastCode").is(oblastCode)),
					PlaceDocument.class)
			.stream()
			.sorted(Comparator.comparing((PlaceDocument p) -> p.names().uk()))
			.map(p -> new ReferenceEntry<>(p.toSaferTown(), p.active(), p.source(), p.updatedAt()))
			.toList();
	}

	public Optional<ReferenceEntry<SaferTown>> saferTown(String code) {
		return Optional.ofNullable(this.mongo.findById(code, PlaceDocument.class))
			.filter(p -> p.kind() == PlaceDocument.Kind.SAFER_TOWN)
			.map(p -> new ReferenceEntry<>(p.toSaferTown(), p.active(), p.source(), p.updatedAt()));
	}

	/** Adds or changes a safer town, offered from now on. */
	public ReferenceEntry<SaferTown> saveSaferTown(SaferTown town, boolean active) {
		PlaceDocument stored = this.mongo
			.save(PlaceDocument.of(town, active, Source.COORDINATOR, this.clock.instant()));
		this.places.refresh();
		return new ReferenceEntry<>(stored.toSaferTown(), stored.active(), stored.source(), stored.updatedAt());
	}

	/** The hotlines, retired ones too: nationwide first, then by code. */
	public List<ReferenceEntry<Hotline>> hotlines() {
		return this.mongo.findAll(HotlineDocument.class)
			.stream()
			.sorted(Comparator.comparing((HotlineDocument h) -> h.oblastCode() == null ? 0 : 1)
				.thenComparing(HotlineDocument::code))
			.map(h -> new ReferenceEntry<>(h.toHotline(), h.active(), h.source(), h.updatedAt()))
			.toList();
	}

	public Optional<ReferenceEntry<Hotline>> hotline(String code) {
		return Optional.ofNullable(this.mongo.findById(code, HotlineDocument.class))
			.map(h -> new ReferenceEntry<>(h.toHotline(), h.active(), h.source(), h.updatedAt()));
	}

	public ReferenceEntry<Hotline> saveHotline(Hotline hotline, boolean active) {
		HotlineDocument stored = this.mongo
			.save(HotlineDocument.of(hotline, active, Source.COORDINATOR, this.clock.instant()));
		this.places.refresh();
		return new ReferenceEntry<>(stored.toHotline(), stored.active(), stored.source(), stored.updatedAt());
	}

}
