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

/** Seed data reaches the database once, and never undoes what a coordinator changed. */
class PlaceSeederTest {

	private static final String DONETSK = "UA14000000000091971";

	private static final String SLOVIANSK = "UA14120210010032554";

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
	void loadsEveryOblastSaferTownAndHotline() {
		Places places = reload();

		assertThat(places.oblasts()).hasSize(27);
		assertThat(places.oblast(DONETSK)).hasValueSatisfying(o -> {
			assertThat(o.names().uk()).isEqualTo("Донецька область");
			assertThat(o.frontline()).isTrue();
		});
		assertThat(places.saferTowns(DONETSK)).isNotEmpty();
		assertThat(places.hotlines(DONETSK)).extracting(Hotline::phone).contains("112", "+380665615102");
		assertThat(places.hotlines("UA80000000000093317")).extracting(Hotline::phone).doesNotContain("+380665615102");
	}

	@Test
	void reloadingChangesNothing() {
		reload();
		long places = this.database.template()
			.count(new org.springframework.data.mongodb.core.query.Query(), PlaceDocument.class);

		reload();

		assertThat(this.database.template()
			.count(new org.springframework.data.mongodb.core.query.Query(), PlaceDocument.class)).isEqualTo(places);
	}

	@Test
	void aCoordinatorsEditSurvivesAReload() {
		reload();
		SaferTown town = this.database.template().findById(SLOVIANSK, PlaceDocument.class).toSaferTown();
		this.database.template().save(PlaceDocument.of(town, false, Source.COORDINATOR, this.clock.instant(), null));
		this.database.template()
			.save(HotlineDocument.of(
					new Hotline("emergency-112", null, "112",
							new LocalizedName("Єдиний номер", "Emergency", "Единый номер")),
					true, Source.COORDINATOR, this.clock.instant(), null));

		Places places = reload();

		assertThat(places.saferTowns(DONETSK)).extracting(SaferTown::code).doesNotContain(SLOVIANSK);
		assertThat(places.hotlines(null)).filteredOn(h -> h.code().equals("emergency-112"))
			.extracting(h -> h.names().en())
			.containsExactly("Emergency");
	}

	@Test
	void aCoordinatorsCheckOutlivesAReloadButNotANewerSeedFile() {
		reload();
		ReferenceData data = new ReferenceData(this.database.template(),
				new Places(this.database.template(), this.clock), this.clock);
		Provenance checked = new Provenance("112.gov.ua", java.time.LocalDate.of(2026, 12, 3), "coordinator");
		data.hotlineChecked("emergency-112", checked);
		data.saferTownChecked(SLOVIANSK, checked);

		reload();

		assertThat(data.hotline("emergency-112")).hasValueSatisfying(h -> {
			assertThat(h.provenance()).isEqualTo(checked);
			assertThat(h.source()).isEqualTo(Source.SEED);
		});
		assertThat(data.saferTown(SLOVIANSK)).hasValueSatisfying(t -> {
			assertThat(t.provenance()).isEqualTo(checked);
			assertThat(t.source()).isEqualTo(Source.SEED);
		});

		// the number stored is older than the seed file now: as if the file changed since
		HotlineDocument stored = this.database.template().findById("emergency-112", HotlineDocument.class);
		this.database.template()
			.save(HotlineDocument.of(new Hotline("emergency-112", null, "+380000000000", stored.toHotline().names()),
					true, Source.SEED, this.clock.instant(), checked));

		reload();

		assertThat(data.hotline("emergency-112")).hasValueSatisfying(h -> {
			assertThat(h.value().phone()).isEqualTo("112");
			assertThat(h.provenance()).isNotEqualTo(checked);
		});
	}

	@Test
	void everySeededHotlineAndSaferTownSaysWhereItWasPublished() {
		reload();
		ReferenceData data = new ReferenceData(this.database.template(),
				new Places(this.database.template(), this.clock), this.clock);

		assertThat(data.hotlines()).allSatisfy(h -> assertThat(h.provenance().source()).isNotBlank());
		assertThat(data.saferTowns(DONETSK)).isNotEmpty()
			.allSatisfy(t -> assertThat(t.provenance().source()).isNotBlank());
		ReferenceEntry<Hotline> angels = data.hotline("donetsk-white-angels").orElseThrow();
		assertThat(angels.value().area().uk()).isEqualTo("Бахмутський напрямок");
		assertThat(angels.provenance().source()).contains("Bakhmut front");
		assertThat(angels.provenance().checkedOn()).isNull();
		assertThat(data.unchecked(90, java.time.LocalDate.of(2026, 12, 3)).hotlines()).hasSize(5);
	}

	@Test
	void theRegisterKnowsEverySettlementAndTheLocationOfFrontLineTowns() {
		SettlementRegister register = new SettlementRegister(this.files.file("settlements.csv"));

		assertThat(register.size()).isEqualTo(29_707);
		assertThat(register.named("м. Бахмут", java.util.Comparator.comparing(Settlement::code)))
			.extracting(Settlement::code)
			.first()
			.isEqualTo("UA14020010010059145");
		assertThat(register.named("bakhmut", java.util.Comparator.comparing(Settlement::code))).isNotEmpty();
		assertThat(register.nearest(new GeoPoint(48.60, 38.01), 25)).map(Settlement::code)
			.hasValue("UA14020010010059145");
		assertThat(register.nearest(new GeoPoint(51.5, -0.12), 25)).isEmpty();
	}

}
