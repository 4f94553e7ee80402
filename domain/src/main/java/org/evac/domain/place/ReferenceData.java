package org.evac.domain.place;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Coordinators' edits of the safer towns and hotlines the bot offers. Every edit is
 * marked {@link Source#COORDINATOR}, so a seed reload never undoes it, and the bot offers
 * the new list at once. Retiring keeps the entry, inactive, so it can be brought back.
 * Each entry keeps its {@link Provenance}: an edit leaves it as it was unless it says
 * otherwise.
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
			.map(PlaceDocument::toTownEntry)
			.toList();
	}

	public Optional<ReferenceEntry<SaferTown>> saferTown(String code) {
		return Optional.ofNullable(this.mongo.findById(code, PlaceDocument.class))
			.filter(p -> p.kind() == PlaceDocument.Kind.SAFER_TOWN)
			.map(PlaceDocument::toTownEntry);
	}

	/** Adds or changes a safer town, offered from now on; its provenance stays. */
	public ReferenceEntry<SaferTown> saveSaferTown(SaferTown town, boolean active) {
		return saveSaferTown(town, active, saferTown(town.code()).map(ReferenceEntry::provenance).orElse(null));
	}

	public ReferenceEntry<SaferTown> saveSaferTown(SaferTown town, boolean active, Provenance provenance) {
		PlaceDocument stored = this.mongo
			.save(PlaceDocument.of(town, active, Source.COORDINATOR, this.clock.instant(), provenance));
		this.places.refresh();
		return stored.toTownEntry();
	}

	/** The hotlines, retired ones too: nationwide first, then by code. */
	public List<ReferenceEntry<Hotline>> hotlines() {
		return this.mongo.findAll(HotlineDocument.class)
			.stream()
			.sorted(Comparator.comparing((HotlineDocument h) -> h.oblastCode() == null ? 0 : 1)
				.thenComparing(HotlineDocument::code))
			.map(HotlineDocument::toEntry)
			.toList();
	}

	public Optional<ReferenceEntry<Hotline>> hotline(String code) {
		return Optional.ofNullable(this.mongo.findById(code, HotlineDocument.class)).map(HotlineDocument::toEntry);
	}

	/** Adds or changes a hotline; its provenance stays. */
	public ReferenceEntry<Hotline> saveHotline(Hotline hotline, boolean active) {
		return saveHotline(hotline, active, hotline(hotline.code()).map(ReferenceEntry::provenance).orElse(null));
	}

	public ReferenceEntry<Hotline> saveHotline(Hotline hotline, boolean active, Provenance provenance) {
		HotlineDocument stored = this.mongo
			.save(HotlineDocument.of(hotline, active, Source.COORDINATOR, this.clock.instant(), provenance));
		this.places.refresh();
		return stored.toEntry();
	}

	/**
	 * A coordinator confirmed the hotline against its source. Only its provenance
	 * changes: confirming is not an edit, so a seeded entry stays the seed's and a later
	 * seed file that changes the number still reaches it.
	 */
	public Optional<ReferenceEntry<Hotline>> hotlineChecked(String code, Provenance checked) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(code)), checkedNow(checked), HotlineDocument.class);
		return hotline(code);
	}

	/** A coordinator confirmed the safer town against its source; as for a hotline. */
	public Optional<ReferenceEntry<SaferTown>> saferTownChecked(String code, Provenance checked) {
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(code).and("kind").is(PlaceDocument.Kind.SAFER_TOWN)),
				checkedNow(checked), PlaceDocument.class);
		return saferTown(code);
	}

	private Update checkedNow(Provenance checked) {
		return new Update().set("provenance", checked).set("updatedAt", this.clock.instant());
	}

	/**
	 * The hotlines and safer towns residents are offered that nobody checked in the last
	 * {@code days} days before {@code today}: never checked first, then the oldest check.
	 */
	public Unchecked unchecked(int days, LocalDate today) {
		Comparator<ReferenceEntry<?>> oldestFirst = Comparator.comparing(e -> e.provenance().checkedOn(),
				Comparator.nullsFirst(Comparator.naturalOrder()));
		List<ReferenceEntry<Hotline>> hotlines = hotlines().stream()
			.filter(e -> e.active() && e.provenance().uncheckedFor(days, today))
			.sorted(oldestFirst)
			.toList();
		List<ReferenceEntry<SaferTown>> towns = this.mongo
			.find(Query.query(Criteria.where("kind").is(PlaceDocument.Kind.SAFER_TOWN).and("active").is(true)),
					PlaceDocument.class)
			.stream()
			.map(PlaceDocument::toTownEntry)
			.filter(e -> e.provenance().uncheckedFor(days, today))
			.sorted(oldestFirst)
			.toList();
		return new Unchecked(hotlines, towns);
	}

	/** Hotlines and safer towns due for a check. */
	public record Unchecked(List<ReferenceEntry<Hotline>> hotlines, List<ReferenceEntry<SaferTown>> saferTowns) {
	}

}
