package org.evac.domain.place;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.evac.domain.i18n.LocalizedName;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordinators move the front line in the reference data; the seeds never move it back.
 */
class ReferenceDataTest {

	private static final String DONETSK = "UA14000000000091971";

	private final TestDatabase database = new TestDatabase();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

	private final SeedFiles files = new SeedFiles(new DefaultResourceLoader(), new SeedProperties("classpath:seeds/"));

	@AfterEach
	void close() {
		this.database.close();
	}

	private Places reload() {
		new PlaceSeeder(this.database.template(), this.files, this.clock).load();
		return new Places(this.database.template(), this.clock);
	}

	@Test
	void anAddedTownIsOfferedAtOnceAndARetiredOneNoLongerEvenAfterAReload() {
		Places places = reload();
		ReferenceData data = new ReferenceData(this.database.template(), places, this.clock);
		SaferTown retired = places.saferTowns(DONETSK).get(0);

		data.saveSaferTown(new SaferTown("new-town", DONETSK, new LocalizedName("Нове", "Nove", "Новое"), null), true);
		data.saveSaferTown(retired, false);

		assertThat(places.saferTowns(DONETSK)).extracting(SaferTown::code)
			.contains("new-town")
			.doesNotContain(retired.code());
		assertThat(reload().saferTowns(DONETSK)).extracting(SaferTown::code)
			.contains("new-town")
			.doesNotContain(retired.code());
		assertThat(data.saferTown(retired.code())).hasValueSatisfying(e -> {
			assertThat(e.active()).isFalse();
			assertThat(e.source()).isEqualTo(Source.COORDINATOR);
		});
	}

	@Test
	void aChangedHotlineIsOfferedAtOnce() {
		Places places = reload();
		ReferenceData data = new ReferenceData(this.database.template(), places, this.clock);
		Hotline hotline = places.hotlines(DONETSK).get(0);

		data.saveHotline(new Hotline(hotline.code(), hotline.oblastCode(), "0 800 000 000", hotline.names()), true);

		assertThat(places.hotlines(DONETSK)).extracting(Hotline::phone).contains("0 800 000 000");
		assertThat(reload().hotlines(DONETSK)).extracting(Hotline::phone).contains("0 800 000 000");
	}

}
