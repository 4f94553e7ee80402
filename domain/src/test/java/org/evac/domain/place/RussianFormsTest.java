package org.evac.domain.place;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules by which a Ukrainian place name becomes the Russian one residents write. */
class RussianFormsTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			// -івка ↔ -овка, -ївка ↔ -евка, -іївка ↔ -еевка
			"Дружківка, дружковка", "Горлівка, горловка", "Макіївка, макеевка", "Авдіївка, авдеевка",
			"Грушівка, грушевка",
			// -ськ ↔ -ск, -цьк ↔ -цк, -ське ↔ -ское
			"Краматорськ, краматорск", "Донецьк, донецк", "Білозерське, белозерское", "Луганськ, луганск",
			// -ів ↔ -ов, -їв ↔ -ев
			"Чернігів, чернигов", "Очаків, очаков", "Зміїв, змиев",
			// і/ї/є and the apostrophe
			"Ізюм, изюм", "Куп’янськ, купянск", "Мар’їнка, марьинка", "Єнакієве, енакиево",
			// roots: і where Russian has о or е
			"Святогірськ, святогорск", "Добропілля, доброполье", "Білопілля, белополье", "Вільнянськ, вольнянск",
			"Оріхів, орехов", "Кам’янське, каменское", "Кам’янка, каменка", "Слов’янськ, славянск",
			"Костянтинівка, константиновка", "Олександрівка, александровка", "Миколаївка, николаевка",
			// neuter adjectives, -ове ↔ -ово
			"Селидове, селидово", "Курахове, курахово", "Вільне, вольное", "Широке, широкое",
			// feminine adjectives
			"Лозова, лозовая", "Попасна, попасная", "Кремінна, кременная",
			// words of several-word names
			"Нова Каховка, новая каховка", "Велика Новосілка, великая новоселка", "Гола Пристань, голая пристань",
			"Часів Яр, часов яр", "Новий Буг, новый буг",
			// names that differ otherwise
			"Харків, харьков", "Дніпро, днепр", "Запоріжжя, запорожье", "Миколаїв, николаев", "Кривий Ріг, кривой рог",
			"Балаклія, балаклея", "Вугледар, угледар", "Охтирка, ахтырка", "Щастя, счастье", "Олешки, алешки" })
	void makesTheRussianForm(String ukrainian, String russian) {
		assertThat(RussianForms.of(PlaceNames.normalize(ukrainian))).isEqualTo(russian);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "харьков, kharkov", "славянск, slavyansk", "запорожье, zaporozhye", "изюм, izyum",
			"днепропетровск, dnepropetrovsk", "николаев, nikolayev", "енакиево, yenakiyevo", "щастя, shchastya" })
	void writesTheRussianFormInLatinLettersAsEnglishTextsDo(String russian, String latin) {
		assertThat(RussianForms.inLatin(russian)).isEqualTo(latin);
	}

}
