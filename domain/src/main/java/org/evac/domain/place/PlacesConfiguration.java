package org.evac.domain.place;

import java.time.Clock;

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

	@Bean
	SettlementRegister settlementRegister(SeedFiles files) {
		return new SettlementRegister(files.file("settlements.csv"));
	}

	/**
	 * Its index (seconds of CPU) is built while the rest of evac starts; the first lookup
	 * waits for it if it comes sooner.
	 */
	@Bean
	PlaceMatcher placeMatcher(SettlementRegister register, SeedFiles files) {
		return PlaceMatcher.inBackground(register, files.file("renamed-places.csv"));
	}

	@Bean
	OccupiedPlaces occupiedPlaces(MongoTemplate mongo, Clock clock) {
		return new OccupiedPlaces(mongo, clock);
	}

}
