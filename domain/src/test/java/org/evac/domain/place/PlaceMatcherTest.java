package org.evac.domain.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.domain.place.TypedSpellingsTest.IN_FRONTLINE;
import static org.evac.domain.place.TypedSpellingsTest.MATCHER;
import static org.evac.domain.place.TypedSpellingsTest.REGISTER;

/**
 * What the matcher offers for a typed name, and when it may take a place without asking.
 */
class PlaceMatcherTest {

	private static final String KHARKIV = "UA63120270010096107";

	private static final String BALAKLIIA = "UA63040010010039074";

	@Test
	void takesWithoutAskingOnlyTheUniqueOfficialNameOfAFrontLineSettlement() {
		List<String> typed = new ArrayList<>(TypedSpellingsTest.spellings().stream().map(s -> s.typed()).toList());
		typed.addAll(List.of("Балаклея", "Каменка", "Київ", "Киев", "Ужгород", "Одеса", "Одесса", "Львов", "Каменское",
				"Константиновка", "Александровка", "Николаевка", "Покровское", "Kamianka", "Lviv", "Харкiв", "харків ",
				"  ХАРКІВ", "Сєвєродонецьк", "Красноград", "Бахмута", "Ізюм ", "Иzюм"));
		REGISTER.all().stream().filter(s -> s.isCity()).map(s -> s.names().uk()).forEach(typed::add);
		Map<String, Long> namesakes = REGISTER.all()
			.stream()
			.collect(Collectors.groupingBy(s -> PlaceNames.normalize(s.names().uk()), Collectors.counting()));
		int certain = 0;
		for (String name : typed) {
			PlaceMatch match = MATCHER.match(name, IN_FRONTLINE);
			if (match.certain()) {
				certain++;
				Settlement taken = match.certainSettlement().orElseThrow();
				assertThat(PlaceNames.normalize(name)).as(name).isEqualTo(PlaceNames.normalize(taken.names().uk()));
				assertThat(IN_FRONTLINE.test(taken.oblastCode())).as(name).isTrue();
				assertThat(namesakes.get(PlaceNames.normalize(name))).as(name).isEqualTo(1);
			}
		}
		assertThat(certain).isPositive();
	}

	@ParameterizedTest
	@CsvSource({ "Харків, UA63120270010096107", "харків, UA63120270010096107", "ХАРКІВ, UA63120270010096107",
			"м. Краматорськ, UA14120090010038661", "Слов’янськ, UA14120210010032554", "Слов'янськ, UA14120210010032554",
			"Бахмут, UA14020010010059145" })
	void takesTheOfficialNameOfAFrontLineCityWithoutAsking(String typed, String code) {
		PlaceMatch match = MATCHER.match(typed, IN_FRONTLINE);

		assertThat(match.certain()).isTrue();
		assertThat(match.certainSettlement().orElseThrow().code()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Харкiв", "Харьков", "Kharkiv", "Kharkov", "Хврків", "харкив" })
	void asksAboutEveryOtherSpellingWithTheSettlementFirst(String typed) {
		PlaceMatch match = MATCHER.match(typed, IN_FRONTLINE);

		assertThat(match.certain()).isFalse();
		assertThat(match.candidates().get(0).settlement().code()).isEqualTo(KHARKIV);
	}

	@Test
	void offersTheFrontLineTownBeforeAVillageOfTheSameNameElsewhere() {
		PlaceMatch match = MATCHER.match("Балаклея", IN_FRONTLINE);

		assertThat(match.certain()).isFalse();
		assertThat(match.candidates().get(0).settlement().code()).isEqualTo(BALAKLIIA);
		assertThat(match.settlements()).anyMatch(s -> s.names().uk().equals("Балаклея"));
	}

	@Test
	void asksAboutARussianNameThatIsAnotherOblastsOfficialName() {
		PlaceMatch match = MATCHER.match("Каменка", IN_FRONTLINE);

		assertThat(match.certain()).isFalse();
		assertThat(match.candidates()).hasSizeGreaterThan(1);
		assertThat(match.candidates().get(0).settlement().oblastCode()).matches(IN_FRONTLINE);
	}

	@Test
	void asksAboutAUniqueOfficialNameOutsideTheFrontLineOblasts() {
		PlaceMatch match = MATCHER.match("Ужгород", IN_FRONTLINE);

		assertThat(match.certain()).isFalse();
		assertThat(match.candidates().get(0).settlement().names().uk()).isEqualTo("Ужгород");
		assertThat(match.candidates().get(0).how()).isEqualTo(PlaceMatch.How.OFFICIAL);
	}

	@Test
	void offersAtMostEightCandidatesExactOnesFirstThenFrontLineThenBiggerPlaces() {
		PlaceMatch match = MATCHER.match("Олександрівка", IN_FRONTLINE);

		assertThat(match.candidates()).hasSize(PlaceMatcher.MAX_CANDIDATES)
			.allMatch(c -> c.how() == PlaceMatch.How.OFFICIAL)
			.allMatch(c -> IN_FRONTLINE.test(c.settlement().oblastCode()));
		assertThat(match.namesakesOnly()).isTrue();
		List<String> categories = match.settlements().stream().map(Settlement::category).toList();
		assertThat(categories).isSortedAccordingTo((a, b) -> rank(a) - rank(b));
	}

	@Test
	void offersSimilarNamesOnlyWhenNoSettlementBearsTheNameTyped() {
		assertThat(MATCHER.match("Изюм", IN_FRONTLINE).candidates()).extracting(PlaceMatch.Candidate::how)
			.containsOnly(PlaceMatch.How.OTHER_NAME);

		PlaceMatch typo = MATCHER.match("Изюн", IN_FRONTLINE);
		assertThat(typo.candidates()).extracting(PlaceMatch.Candidate::how).containsOnly(PlaceMatch.How.SIMILAR);
		assertThat(typo.candidates().get(0).settlement().names().uk()).isEqualTo("Ізюм");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "-", "!!!", "12345", "Неіснуюче" })
	void findsNothingInWhatIsNoPlaceName(String typed) {
		assertThat(MATCHER.match(typed, IN_FRONTLINE).candidates()).isEmpty();
	}

	@Test
	void findsOldNamesFromTheSeedFile() {
		Stream.of("Артемовск", "Артемівськ", "Artemovsk")
			.forEach(typed -> assertThat(MATCHER.match(typed, IN_FRONTLINE).settlements()).first()
				.extracting(Settlement::names)
				.extracting(n -> n.uk())
				.isEqualTo("Бахмут"));
	}

	private static int rank(String category) {
		return switch (category) {
			case "K", "M" -> 0;
			case "X" -> 1;
			default -> 2;
		};
	}

}
