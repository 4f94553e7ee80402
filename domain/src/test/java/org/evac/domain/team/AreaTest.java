package org.evac.domain.team;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreaTest {

	static final String BAKHMUT = "UA14020010010059145";

	static final String DONETSK_OBLAST = "UA14000000000091971";

	static final String BAKHMUT_RAION = "UA14020000000022365";

	static final String BAKHMUT_HROMADA = "UA14020010000023254";

	static final String KRAMATORSK_RAION = "UA14120000000034584";

	static final String KHARKIV_OBLAST = "UA63000000000041885";

	@Test
	void aSettlementLiesInItsOblastRaionAndHromada() {
		assertThat(Area.contains(DONETSK_OBLAST, BAKHMUT)).isTrue();
		assertThat(Area.contains(BAKHMUT_RAION, BAKHMUT)).isTrue();
		assertThat(Area.contains(BAKHMUT_HROMADA, BAKHMUT)).isTrue();
	}

	@Test
	void aSettlementDoesNotLieInAnotherRaionNorAnotherOblast() {
		assertThat(Area.contains(KRAMATORSK_RAION, BAKHMUT)).isFalse();
		assertThat(Area.contains(KHARKIV_OBLAST, BAKHMUT)).isFalse();
	}

	@Test
	void anOblastLiesInItselfButNotInOneOfItsRaions() {
		assertThat(Area.contains(DONETSK_OBLAST, DONETSK_OBLAST)).isTrue();
		assertThat(Area.contains(BAKHMUT_RAION, DONETSK_OBLAST)).isFalse();
	}

	@Test
	void theWholeCountryHoldsEvenAnUnknownPlace() {
		assertThat(Area.contains(Area.WHOLE_COUNTRY, BAKHMUT)).isTrue();
		assertThat(Area.contains(Area.WHOLE_COUNTRY, null)).isTrue();
		assertThat(Area.contains(DONETSK_OBLAST, null)).isFalse();
	}

	@Test
	void onlyCodesOfTheRegistersShapeAreAreas() {
		assertThat(Area.valid("UA14")).isFalse();
		assertThat(Area.valid("Донецька")).isFalse();
		assertThat(Area.valid(BAKHMUT_RAION)).isTrue();
		assertThat(Area.valid("UA")).isTrue();
	}

}
