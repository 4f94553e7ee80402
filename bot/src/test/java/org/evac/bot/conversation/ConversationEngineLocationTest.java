package org.evac.bot.conversation;

import org.evac.domain.i18n.Language;
import org.evac.domain.place.CoordinateSource;
import org.evac.domain.place.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;

/**
 * A shared location: its exact point is kept, the nearest settlement with a point of its
 * own is offered with its distance, and a hromada's centroid only ever names an area.
 */
class ConversationEngineLocationTest {

	/**
	 * 12 km from the nearest settlement with its own point, 11 km from Білокоровицька's
	 * centroid.
	 */
	private static final GeoPoint ONLY_A_HROMADA_NEAR = new GeoPoint(51.0, 28.0);

	private static final String KRAMATORSK = "UA14120090010038661";

	private final TestBot bot = new TestBot();

	@ParameterizedTest
	@CsvSource({ "UK, 'Найближчий відомий населений пункт: Бахмут, 2 км (Донецька область)'",
			"EN, 'The nearest known settlement: Bakhmut, 2 km (Donetsk Oblast)'",
			"RU, 'Ближайший известный населённый пункт: Бахмут, 2 км (Донецкая область)'" })
	void namesTheNearestSettlementWithItsOwnPointAndItsDistance(Language language, String said) {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT, language);

		resident.sharesLocation(48.612, 37.999);

		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.lastKey()).isEqualTo("address.ask-located");
		assertThat(resident.lastReply().text()).contains(said);
		assertThat(resident.draft().settlement().code()).isEqualTo(TestBot.BAKHMUT);
		assertThat(resident.draft().location()).isEqualTo(new GeoPoint(48.612, 37.999));
		assertThat(resident.buttonData()).containsExactly("address|wrong", "address|skip");
	}

	@Test
	void namesTheHromadaNotAVillageWhenNoSettlementOfItsOwnIsNear() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.sharesLocation(ONLY_A_HROMADA_NEAR.lat(), ONLY_A_HROMADA_NEAR.lon());

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT);
		assertThat(resident.lastKey()).isEqualTo("settlement.type-name-hromada");
		assertThat(resident.lastReply().text()).startsWith("📍 Ви в районі Білокоровицької громади (")
			.contains("Житомирська область");
		assertThat(resident.draft().settlement()).isNull();
		assertThat(resident.draft().location()).isEqualTo(ONLY_A_HROMADA_NEAR);
	}

	@Test
	void namesTheHromadaInEnglishByItsOwnName() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT, Language.EN);

		resident.sharesLocation(ONLY_A_HROMADA_NEAR.lat(), ONLY_A_HROMADA_NEAR.lon());

		assertThat(resident.lastReply().text()).startsWith("📍 You are in the area of the Білокоровицька hromada (");
	}

	@Test
	void neverOffersASettlementLocatedOnlyByItsHromadasCentroid() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.sharesLocation(ONLY_A_HROMADA_NEAR.lat(), ONLY_A_HROMADA_NEAR.lon());
		resident.types("Краматорськ");
		resident.sharesLocation(48.59419, 37.99886);

		String offered = resident.draft().settlement().code();
		assertThat(TestBot.DIRECTORY.settlement(offered).orElseThrow().coordinateSource())
			.isIn(CoordinateSource.GEONAMES, CoordinateSource.APPROXIMATE);
	}

	@Test
	void keepsTheOfferedSettlementAndThePointWhenTheResidentGoesOnWithTheAddress() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT).sharesLocation(48.612, 37.999);

		resident.types(TestBot.ADDRESS);

		assertThat(resident.step()).isEqualTo(Questionnaire.PHONE);
		assertThat(resident.draft().settlement().code()).isEqualTo(TestBot.BAKHMUT);
		assertThat(resident.draft().settlementFromLocation()).isTrue();
		assertThat(resident.draft().location()).isEqualTo(new GeoPoint(48.612, 37.999));
		assertThat(resident.draft().address()).isEqualTo(TestBot.ADDRESS);
	}

	@Test
	void takesTheTypedVillageInsteadAndKeepsThePoint() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT).sharesLocation(48.612, 37.999);

		resident.tapsButtonLabelled(text(Language.UK, "address.wrong-settlement", "Бахмут"));
		assertThat(resident.lastReply().text()).startsWith("📍 Ви в районі Бахмутської громади (");
		resident.types("Краматорськ");

		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.lastKey()).isEqualTo("address.ask");
		assertThat(resident.draft().settlement().code()).isEqualTo(KRAMATORSK);
		assertThat(resident.draft().settlementFromLocation()).isFalse();
		assertThat(resident.draft().location()).isEqualTo(new GeoPoint(48.612, 37.999));
	}

	@Test
	void putsTheHromadasNameIntoTheGenitive() {
		assertThat(HromadaNames.genitive("Миколаївська")).isEqualTo("Миколаївської");
		assertThat(HromadaNames.genitive("Кам’янська")).isEqualTo("Кам’янської");
	}

}
