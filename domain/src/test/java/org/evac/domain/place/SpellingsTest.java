package org.evac.domain.place;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How typed names are normalised and reduced to the skeleton they are compared by. */
class SpellingsTest {

	@ParameterizedTest
	@CsvSource({ "Харкiв, харків", "ХАРКIВ, харків", "Kpaматорськ, краматорськ", "Cлов'янськ, слов'янськ",
			"Слов’янськ, слов'янськ", "Слов`янськ, слов'янськ", "Словʼянськ, слов'янськ", "м. Бахмут, бахмут",
			"'  БАХМУТ  ', бахмут", "Часів-Яр, часів яр", "Kharkiv, kharkiv", "м. Kramatorsk, kramatorsk" })
	void readsLatinLookAlikesInACyrillicWordAsCyrillicAndLeavesLatinWordsLatin(String typed, String normalized) {
		assertThat(Spellings.normalize(typed)).isEqualTo(normalized);
	}

	@ParameterizedTest
	@CsvSource({ "слов'янськ, словянск", "славянск, славянск", "лисичанськ, лисичанск", "рибне, рибне",
			"рыбное, рибное", "єнакієве, енакиеве", "енакиево, енакиево", "ґорґани, горгани", "кремінна, креминa",
			"часів яр, часив яр", "ізюм, изюм", "изюм, изюм" })
	void foldsWhatResidentsSpellingsDoNotKeepApart(String normalized, String skeleton) {
		assertThat(Spellings.skeleton(normalized)).isEqualTo(skeleton.replace('a', 'а'));
	}

	@ParameterizedTest
	@CsvSource({ "kharkiv, harkiv", "harkiv, harkiv", "slavyansk, slaviansk", "sloviansk, sloviansk",
			"kup'iansk, kupiansk", "zaporizhzhia, zaporizhzhia" })
	void foldsTransliterationVariants(String normalized, String skeleton) {
		assertThat(Spellings.latinSkeleton(normalized)).isEqualTo(skeleton);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kharkiv", "nova kakhovka" })
	void tellsLatinNames(String name) {
		assertThat(Spellings.isLatin(name)).isTrue();
	}

	@Test
	void tellsCyrillicNames() {
		assertThat(Spellings.isLatin("харків")).isFalse();
		assertThat(Spellings.isLatin("123")).isFalse();
	}

}
