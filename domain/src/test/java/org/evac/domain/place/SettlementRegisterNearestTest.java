package org.evac.domain.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The register's points, and the nearest-settlement search a shared location runs. */
class SettlementRegisterNearestTest {

	private static final SettlementRegister REGISTER = new SettlementRegister(
			new ClassPathResource("seeds/settlements.csv"));

	private static final String KRAMATORSK = "UA14120090010038661";

	@Test
	void readsWhereEachPointComesFrom() {
		assertThat(REGISTER.byCode(KRAMATORSK).orElseThrow().coordinateSource()).isEqualTo(CoordinateSource.GEONAMES);
		// Пологи shares its name with a village of its hromada: it keeps the hand-typed
		// point
		assertThat(REGISTER.byCode("UA23100190010032690").orElseThrow().coordinateSource())
			.isEqualTo(CoordinateSource.APPROXIMATE);
		Settlement village = REGISTER.byCode("UA14120030020038744").orElseThrow(); // Новогригорівка
		assertThat(village.coordinateSource()).isEqualTo(CoordinateSource.HROMADA);
		assertThat(village.location()).isNotNull();
		assertThat(village.ownLocation()).isNull();
		assertThat(REGISTER.withOwnPoint()).isBetween(2_500, 3_500);
	}

	@Test
	void readsARegisterWithoutTheSourceColumnAsHandTyped() {
		SettlementRegister old = new SettlementRegister(new ByteArrayResource(
				("""
						code,category,name_uk,name_en,oblast_code,raion_uk,hromada_uk,old_name_uk,lat,lon
						UA14120090010038661,M,Краматорськ,Kramatorsk,UA14000000000091971,Краматорський,Краматорська,,48.723,37.556
						""")
					.getBytes(StandardCharsets.UTF_8)));

		assertThat(old.byCode(KRAMATORSK).orElseThrow().coordinateSource()).isEqualTo(CoordinateSource.APPROXIMATE);
	}

	@Test
	void findsTheNearestSettlementWithItsOwnPointAndHowFarItIs() {
		GeoPoint kramatorsk = REGISTER.byCode(KRAMATORSK).orElseThrow().location();
		GeoPoint nearby = new GeoPoint(kramatorsk.lat() + 0.01, kramatorsk.lon());

		Nearby found = REGISTER.nearestOwnPoint(nearby, 10).orElseThrow();

		assertThat(found.settlement().code()).isEqualTo(KRAMATORSK);
		assertThat(found.distanceKm()).isCloseTo(1.1, within(0.05));
	}

	@Test
	void findsNoneWhenEveryOwnPointIsFurtherThanAsked() {
		assertThat(REGISTER.nearestOwnPoint(new GeoPoint(46.0, 45.0), 25)).isEmpty();
	}

	@Test
	void namesTheHromadaAroundAPointFromItsCentroid() {
		Nearby hromada = REGISTER.nearestHromada(new GeoPoint(48.7, 37.5), 30).orElseThrow();

		assertThat(hromada.settlement().coordinateSource()).isEqualTo(CoordinateSource.HROMADA);
		assertThat(hromada.settlement().hromada()).isNotBlank();
	}

	@Test
	void findsWhatLookingAtEverySettlementFindsAndFast() throws IOException {
		List<Settlement> own = new ArrayList<>();
		for (String code : codes()) {
			REGISTER.byCode(code).filter(s -> s.ownLocation() != null).ifPresent(own::add);
		}
		Random random = new Random(13);
		List<GeoPoint> points = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			points.add(new GeoPoint(44.3 + random.nextDouble() * 8, 22.1 + random.nextDouble() * 18));
		}
		for (GeoPoint point : points.subList(0, 2_000)) {
			Optional<Settlement> everyOne = own.stream()
				.filter(s -> s.location().distanceKm(point) <= 25)
				.min(Comparator.comparingDouble(s -> s.location().distanceKm(point)));
			assertThat(REGISTER.nearestOwnPoint(point, 25).map(Nearby::settlement)).isEqualTo(everyOne);
		}
		long started = System.nanoTime();
		int found = 0;
		for (GeoPoint point : points) {
			found += REGISTER.nearestOwnPoint(point, 25).isPresent() ? 1 : 0;
			found += REGISTER.nearestHromada(point, 30).isPresent() ? 1 : 0;
		}
		double micros = (System.nanoTime() - started) / 1_000.0 / points.size();
		System.out.printf("nearest own point and hromada: %.1f µs per shared location (%d found)%n", micros, found);
		assertThat(micros).isLessThan(1_000);
	}

	private static List<String> codes() throws IOException {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource("seeds/settlements.csv").getInputStream(), StandardCharsets.UTF_8))) {
			return lines.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
		}
	}

}
