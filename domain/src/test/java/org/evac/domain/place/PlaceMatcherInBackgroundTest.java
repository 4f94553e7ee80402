package org.evac.domain.place;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.evac.domain.place.TypedSpellingsTest.IN_FRONTLINE;
import static org.evac.domain.place.TypedSpellingsTest.MATCHER;
import static org.evac.domain.place.TypedSpellingsTest.REGISTER;

/**
 * A matcher whose index is built while the rest of evac starts answers as one built at
 * once, and a wrong file of old names still stops the start.
 */
class PlaceMatcherInBackgroundTest {

	@Test
	void answersAsTheMatcherBuiltAtOnce() {
		PlaceMatcher background = PlaceMatcher.inBackground(REGISTER,
				new ClassPathResource("seeds/renamed-places.csv"));

		for (String typed : List.of("Бахмут", "Артемовск", "Покровкс", "Kharkiv", "Каменка", "Иzюм")) {
			assertThat(background.match(typed, IN_FRONTLINE)).as(typed).isEqualTo(MATCHER.match(typed, IN_FRONTLINE));
		}
		assertThat(background.size()).isEqualTo(MATCHER.size());
		assertThat(background.names()).isEqualTo(MATCHER.names());
	}

	@Test
	void refusesAnOldNameOfAPlaceNotInTheRegisterBeforeBuildingAnything() {
		ByteArrayResource wrong = new ByteArrayResource(("code,name_uk,old_name_uk,old_name_ru,year,source\n"
				+ "UA00000000000000000,Нікуди,Колишнє,Бывшее,2016,https://example.invalid\n")
			.getBytes(StandardCharsets.UTF_8));

		assertThatIllegalStateException().isThrownBy(() -> PlaceMatcher.inBackground(REGISTER, wrong))
			.withMessageContaining("is not in the register");
	}

	@Test
	void answersAsTheMatcherBuiltAtOnceWhenTheRegisterTooIsReadInBackground() {
		SettlementRegister register = SettlementRegister.inBackground(new ClassPathResource("seeds/settlements.csv"));
		PlaceMatcher background = PlaceMatcher.checkedInBackground(register,
				new ClassPathResource("seeds/renamed-places.csv"));

		background.awaitChecked();
		for (String typed : List.of("Бахмут", "Артемовск", "Покровкс", "Kharkiv", "Каменка", "Иzюм")) {
			assertThat(background.match(typed, IN_FRONTLINE)).as(typed).isEqualTo(MATCHER.match(typed, IN_FRONTLINE));
		}
		assertThat(background.names()).isEqualTo(MATCHER.names());
		assertThat(register.size()).isEqualTo(REGISTER.size());
		assertThat(register.withOwnPoint()).isEqualTo(REGISTER.withOwnPoint());
	}

	@Test
	void refusesAnOldNameOfAPlaceNotInTheRegisterWhenTheStartWaitsForTheCheck() {
		ByteArrayResource wrong = new ByteArrayResource(("code,name_uk,old_name_uk,old_name_ru,year,source\n"
				+ "UA00000000000000000,Нікуди,Колишнє,Бывшее,2016,https://example.invalid\n")
			.getBytes(StandardCharsets.UTF_8));
		PlaceMatcher background = PlaceMatcher.checkedInBackground(
				SettlementRegister.inBackground(new ClassPathResource("seeds/settlements.csv")), wrong);

		assertThatIllegalStateException().isThrownBy(background::awaitChecked)
			.withMessageContaining("is not in the register");
	}

}
