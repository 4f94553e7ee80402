package org.evac.domain.place;

import java.time.Clock;
import java.util.function.BiPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Loads the seed files into MongoDB at start-up. Idempotent: an entry missing from the
 * database is added, an entry still as seeded is refreshed from the file, and an entry a
 * coordinator changed or retired is left alone.
 */
class PlaceSeeder {

	private static final Logger log = LoggerFactory.getLogger(PlaceSeeder.class);

	private final MongoTemplate mongo;

	private final SeedFiles files;

	private final Clock clock;

	PlaceSeeder(MongoTemplate mongo, SeedFiles files, Clock clock) {
		this.mongo = mongo;
		this.files = files;
		this.clock = clock;
	}

	void load() {
		int[] changed = { 0 };
		this.files.oblasts()
			.forEach(o -> changed[0] += upsert(PlaceDocument.of(o, Source.SEED, this.clock.instant()),
					PlaceDocument::code, PlaceDocument::source, PlaceDocument.class, PlaceDocument::sameContentAs));
		this.files.saferTowns()
			.forEach(t -> changed[0] += upsert(
					PlaceDocument.of(t.value(), true, Source.SEED, this.clock.instant(), t.provenance()),
					PlaceDocument::code, PlaceDocument::source, PlaceDocument.class, PlaceDocument::sameContentAs));
		this.files.hotlines()
			.forEach(h -> changed[0] += upsert(
					HotlineDocument.of(h.value(), true, Source.SEED, this.clock.instant(), h.provenance()),
					HotlineDocument::code, HotlineDocument::source, HotlineDocument.class,
					HotlineDocument::sameContentAs));
		log.info("Seed data loaded: {} entries added or refreshed", changed[0]);
	}

	private <T> int upsert(T seeded, java.util.function.Function<T, String> code,
			java.util.function.Function<T, Source> source, Class<T> type, BiPredicate<T, T> same) {
		T stored = this.mongo.findById(code.apply(seeded), type);
		if (stored == null) {
			try {
				this.mongo.insert(seeded);
				return 1;
			}
			catch (DuplicateKeyException ex) {
				return 0; // another instance seeded it a moment ago
			}
		}
		if (source.apply(stored) == Source.SEED && !same.test(stored, seeded)) {
			this.mongo.save(seeded);
			return 1;
		}
		return 0;
	}

}
