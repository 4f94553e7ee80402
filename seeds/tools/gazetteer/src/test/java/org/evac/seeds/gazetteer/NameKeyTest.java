package org.evac.seeds.gazetteer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTest {

	@Test
	void readsTheUsualTransliterationsOfOneNameAlike() {
		assertThat(NameKey.of("Kozyatyn")).isEqualTo(NameKey.of("Koziatyn"));
		assertThat(NameKey.of("Dunayivtsi")).isEqualTo(NameKey.of("Dunaivtsi"));
		assertThat(NameKey.of("Chornomors’k")).isEqualTo(NameKey.of("Chornomorsk"));
		assertThat(NameKey.of("Kamianka-Dniprovska")).isEqualTo(NameKey.of("Kam'yanka Dniprovs'ka"));
		assertThat(NameKey.of("Krasnohorivka")).isEqualTo(NameKey.of("Krasnogorivka"));
		assertThat(NameKey.of("Kharkiv")).isEqualTo(NameKey.of("Harkiv"));
	}

	@Test
	void keepsDifferentNamesApart() {
		assertThat(NameKey.of("Mykolaivka")).isNotEqualTo(NameKey.of("Mykhailivka"));
		assertThat(NameKey.of("Olenivka")).isNotEqualTo(NameKey.of("Olenevka"));
	}

}
