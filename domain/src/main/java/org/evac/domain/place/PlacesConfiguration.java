package org.evac.domain.place;

import java.time.Clock;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SeedProperties.class)
class PlacesConfiguration {

	@Bean
	SeedFiles seedFiles(ResourceLoader resources, SeedProperties properties) {
		return new SeedFiles(resources, properties);
	}

	/** Seeds are in the database before anyone is offered a place. */
	@Bean
	Places places(MongoTemplate mongo, SeedFiles files, Clock clock) {
		new PlaceSeeder(mongo, files, clock).load();
		return new Places(mongo, clock);
	}

	@Bean
	ReferenceData referenceData(MongoTemplate mongo, Places places, Clock clock) {
		return new ReferenceData(mongo, places, clock);
	}

	/**
	 * Read while the rest of evac starts (on a start's main thread it was a fifth of that
	 * thread's work); whoever asks it something sooner waits for it.
	 */
	@Bean
	SettlementRegister settlementRegister(SeedFiles files) {
		return SettlementRegister.inBackground(files.file("settlements.csv"));
	}

	/**
	 * Its index (seconds of CPU) is built while the rest of evac starts, after the names
	 * before renaming are checked against the register; the first lookup waits for it if
	 * it comes sooner.
	 */
	@Bean
	PlaceMatcher placeMatcher(SettlementRegister register, SeedFiles files) {
		return PlaceMatcher.checkedInBackground(register, files.file("renamed-places.csv"));
	}

	/**
	 * A wrong row of the names before renaming still stops the start: once every bean is
	 * made, before evac listens, the start waits for their check.
	 */
	@Bean
	SmartInitializingSingleton renamedPlacesChecked(PlaceMatcher placeMatcher) {
		return placeMatcher::awaitChecked;
	}

	@Bean
	OccupiedPlaces occupiedPlaces(MongoTemplate mongo, Clock clock) {
		return new OccupiedPlaces(mongo, clock);
	}

}
