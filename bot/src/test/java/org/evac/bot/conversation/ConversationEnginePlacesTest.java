package org.evac.bot.conversation;

import java.util.List;

import org.evac.domain.i18n.Language;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.request.DestinationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;

/**
 * Where the household is, and where it may go: a typed or shared place, the candidates of
 * an ambiguous name, the phone numbers, and the destinations a resident is offered.
 */
class ConversationEnginePlacesTest {

	private static final String KRAMATORSK = "UA14120090010038661";

	private final TestBot bot = new TestBot();

	@ParameterizedTest
	@CsvSource({ "Краматорськ, UA14120090010038661, UA14000000000091971",
			"м. Краматорськ, UA14120090010038661, UA14000000000091971",
			"КРАМАТОРСЬК, UA14120090010038661, UA14000000000091971",
			"Сіверськодонецьк, UA44120110010072887, UA44000000000018893",
			"Слов'янськ, UA14120210010032554, UA14000000000091971",
			"Харків, UA63120270010096107, UA63000000000041885" })
	void goesStraightToTheAddressWhenTheTypedNameIsUnique(String typed, String settlement, String oblast) {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.types(typed);

		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.keys()).containsExactly("address.ask");
		assertThat(resident.draft().settlement().code()).isEqualTo(settlement);
		assertThat(resident.draft().oblast().code()).isEqualTo(oblast);
		assertThat(resident.draft().settlementFromLocation()).isFalse();
	}

	@Test
	void offersTheCandidatesWhenTheTypedNameIsAmbiguous() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);
		assertThat(TestBot.DIRECTORY.settlementsNamed("Костянтинівка")).hasSize(35);

		resident.types("Костянтинівка");

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT_CHOICE);
		assertThat(resident.lastKey()).isEqualTo("settlement.choose");
		assertThat(resident.lastReply().text()).contains("«Костянтинівка»");
		assertThat(resident.buttonData()).hasSize(PlaceSteps.MAX_CANDIDATES + 1)
			.endsWith("settlement-choice|none")
			.allMatch(data -> data.startsWith("settlement-choice|"));
		assertThat(resident.labels().get(0)).isEqualTo("Костянтинівка (Краматорський р-н, Донецька обл.)");
		assertThat(resident.labels()).last().isEqualTo(text(Language.UK, "settlement.none-of-these"));
	}

	@Test
	void offersTheCitiesThenTheFrontLineOblastsFirst() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT_CHOICE);

		List<String> oblasts = resident.draft()
			.settlementCandidates()
			.stream()
			.map(code -> TestBot.DIRECTORY.settlement(code).orElseThrow().oblastCode())
			.toList();

		assertThat(TestBot.DIRECTORY.settlement(resident.draft().settlementCandidates().get(0)).orElseThrow().isCity())
			.isTrue();
		assertThat(oblasts).allMatch(code -> TestBot.DIRECTORY.oblast(code).orElseThrow().frontline());
	}

	@Test
	void goesOnToTheAddressWhenACandidateIsTapped() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT_CHOICE);

		resident.tapsButtonLabelled("Краматорський");

		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft().settlement().code()).isEqualTo("UA14120070010085843");
		assertThat(resident.draft().oblast().code()).isEqualTo(TestBot.DONETSK);
		assertThat(resident.draft().settlementCandidates()).isEmpty();
	}

	@Test
	void asksTheOblastWhenNoneOfTheCandidatesIsTheResidents() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT_CHOICE);

		resident.tapsButtonLabelled(text(Language.UK, "settlement.none-of-these"));

		assertThat(resident.step()).isEqualTo(Questionnaire.OBLAST);
		assertThat(resident.lastReply().text()).isEqualTo(text(Language.UK, "oblast.ask", "Костянтинівка"));
		resident.tapsButtonLabelled("Запорізька");
		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft().settlement().code()).isNull();
		assertThat(resident.draft().settlement().name()).isEqualTo("Костянтинівка");
		assertThat(resident.draft().oblast().code()).isEqualTo("UA23000000000064947");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Донецька область", "донец", "Donetsk", "Донецкая" })
	void asksTheOblastOfAnUnknownNameAndTakesItTyped(String oblast) {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.types("Неіснуюче");
		assertThat(resident.step()).isEqualTo(Questionnaire.OBLAST);
		assertThat(resident.lastKey()).isEqualTo("oblast.ask");
		resident.types(oblast);

		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft().oblast().code()).isEqualTo(TestBot.DONETSK);
		assertThat(resident.lastReply().text()).startsWith("Неіснуюче:");
	}

	@Test
	void namesTheSettlementNearASharedLocation() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.sharesLocation(48.6, 38.01);

		assertThat(resident.draft().settlement().code()).isEqualTo(TestBot.BAKHMUT);
		assertThat(resident.draft().settlementFromLocation()).isTrue();
		assertThat(resident.lastReply().text()).contains("Бахмут").contains("Донецька область");
		assertThat(resident.labels()).containsExactly(text(Language.UK, "address.wrong-settlement", "Бахмут"),
				text(Language.UK, "address.location-enough"));
	}

	@Test
	void asksToTypeTheNameButKeepsALocationFarFromAnyKnownSettlement() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.sharesLocation(52.52, 13.40);

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT);
		assertThat(resident.lastKey()).isEqualTo("settlement.type-name");
		assertThat(resident.draft().location()).isEqualTo(new GeoPoint(52.52, 13.40));
		assertThat(resident.draft().settlement()).isNull();
		resident.types("Краматорськ");
		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft().location()).isEqualTo(new GeoPoint(52.52, 13.40));
		assertThat(resident.buttonData()).containsExactly("address|skip");
	}

	@Test
	void goesBackToTheSettlementQuestionWhenTheResidentIsNotWhereTheLocationSays() {
		Resident resident = this.bot.residentAt(Questionnaire.ADDRESS);

		resident.tapsButtonLabelled(text(Language.UK, "address.wrong-settlement", "Бахмут"));

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT);
		assertThat(resident.lastKey()).isEqualTo("settlement.type-name-hromada");
		assertThat(resident.draft().settlement()).isNull();
		assertThat(resident.draft().oblast()).isNull();
		assertThat(resident.draft().location()).isEqualTo(new GeoPoint(TestBot.BAKHMUT_LAT, TestBot.BAKHMUT_LON));
		resident.types("Краматорськ");
		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft().settlement().code()).isEqualTo(KRAMATORSK);
	}

	@Test
	void takesTheLocationAsAddressEnough() {
		Resident resident = this.bot.residentAt(Questionnaire.ADDRESS);

		resident.tapsButtonLabelled(text(Language.UK, "address.location-enough"));

		assertThat(resident.step()).isEqualTo(Questionnaire.PHONE);
		assertThat(resident.draft().address()).isNull();
		TestBot.walk(resident, Questionnaire.SUMMARY);
		assertThat(resident.lastReply().text()).contains(text(Language.UK, "summary.address", "—"))
			.contains(text(Language.UK, "summary.location"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "050 123 45 67", "+38 (050) 123-45-67", "80501234567", "380501234567", "0501234567",
			"501234567", "+380501234567" })
	void takesAPhoneNumberWrittenAnyUsualWay(String typed) {
		Resident resident = this.bot.residentAt(Questionnaire.PHONE);

		resident.types(typed);

		assertThat(resident.step()).isEqualTo(Questionnaire.SECOND_PHONE);
		assertThat(resident.draft().phone()).isEqualTo("+380501234567");
	}

	@ParameterizedTest
	@ValueSource(strings = { "380501234567", "+380501234567" })
	void takesASharedContact(String phone) {
		Resident resident = this.bot.residentAt(Questionnaire.PHONE);

		resident.sharesContact(phone);

		assertThat(resident.draft().phone()).isEqualTo("+380501234567");
	}

	@Test
	void takesASecondPhone() {
		Resident resident = this.bot.residentAt(Questionnaire.SECOND_PHONE);

		resident.types("067 555 12 34");

		assertThat(resident.step()).isEqualTo(Questionnaire.HOUSEHOLD);
		assertThat(resident.draft().secondPhone()).isEqualTo("+380675551234");
	}

	@ParameterizedTest
	@CsvSource({ "Краматорськ, UA14000000000091971", "Дніпро, UA12000000000090473", "Харків, UA63000000000041885",
			"Херсон, UA65000000000030969", "Суми, UA59000000000057109", "Одеса, UA51000000000030770",
			"Ужгород, UA21000000000011690" })
	void neverOffersTheResidentsOwnOblastAsAnotherOblast(String settlement, String ownOblast) {
		Resident resident = residentOf(settlement);
		resident.taps("destination|OTHER_OBLAST");

		assertThat(resident.step()).isEqualTo(Questionnaire.DESTINATION_OBLAST);
		assertThat(resident.buttonData()).isNotEmpty()
			.doesNotContain("destination-oblast|" + ownOblast)
			.allMatch(data -> TestBot.DIRECTORY.oblast(data.substring(data.indexOf('|') + 1))
				.orElseThrow()
				.acceptsEvacuees());
	}

	@ParameterizedTest
	@CsvSource({ "Краматорськ, true", "Сєвєродонецьк, false", "Лисичанськ, false", "Дніпро, true", "Херсон, true",
			"Одеса, false" })
	void offersASaferTownOnlyWhereTheSeedDataHasSome(String settlement, boolean offered) {
		Resident resident = residentOf(settlement);

		assertThat(resident.buttonData().contains("destination|SAFER_TOWN")).isEqualTo(offered);
		assertThat(resident.buttonData()).contains("destination|OTHER_OBLAST", "destination|UNDECIDED:need",
				"destination|UNDECIDED:have");
	}

	@Test
	void refusesASaferTownWhereTheSeedDataHasNone() {
		Resident resident = residentOf("Лисичанськ");
		Draft draft = resident.draft();

		resident.taps("destination|SAFER_TOWN");

		assertThat(resident.step()).isEqualTo(Questionnaire.DESTINATION);
		assertThat(resident.draft()).isEqualTo(draft);
		assertThat(resident.lastKey()).isEqualTo("invalid.choose-button");
	}

	@Test
	void filesASaferTownOfTheResidentsOblast() {
		Resident resident = this.bot.residentAt(Questionnaire.DESTINATION_TOWN);
		assertThat(resident.labels()).containsExactlyInAnyOrder("Дружківка", "Краматорськ", "Слов’янськ");

		resident.tapsButtonLabelled("Слов’янськ");
		TestBot.walk(resident, Questionnaire.SUMMARY).taps("summary|confirm");

		var destination = this.bot.desk.onlyRequest().details().destination();
		assertThat(destination.kind()).isEqualTo(DestinationKind.SAFER_TOWN);
		assertThat(destination.town().code()).isEqualTo("UA14120210010032554");
		assertThat(destination.oblast().code()).isEqualTo(TestBot.DONETSK);
	}

	@Test
	void neverOffersTheResidentsOwnTownAsASaferTown() {
		Resident resident = residentOf("Краматорськ");

		resident.taps("destination|SAFER_TOWN");

		assertThat(resident.step()).isEqualTo(Questionnaire.DESTINATION_TOWN);
		assertThat(resident.buttonData()).isNotEmpty().doesNotContain("destination-town|" + KRAMATORSK);
	}

	@Test
	void offersNoSaferTownToTheResidentOfTheOnlySaferTownOfTheOblast() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT).sharesLocation(47.317, 33.300);
		assertThat(resident.draft().settlement().code()).isEqualTo("UA65020050010075556");

		TestBot.walk(resident, Questionnaire.DESTINATION);

		assertThat(resident.buttonData()).containsExactly("destination|OTHER_OBLAST", "destination|UNDECIDED:need",
				"destination|UNDECIDED:have");
	}

	@Test
	void asksTheDestinationAgainWhenTheResidentTurnsOutToLiveInTheSaferTownChosen() {
		Resident resident = this.bot.residentAt(Questionnaire.DESTINATION_TOWN).tapsButtonLabelled("Краматорськ");
		TestBot.walk(resident, Questionnaire.SUMMARY);

		resident.taps("summary|edit:settlement").types("Краматорськ");

		assertThat(resident.step()).isEqualTo(Questionnaire.DESTINATION);
		assertThat(resident.draft().destinationTown()).isNull();
		assertThat(resident.buttonData()).contains("destination|SAFER_TOWN");
	}

	@Test
	void keepsTheSaferTownWhenTheResidentMovesWithinTheOblast() {
		Resident resident = this.bot.residentAt(Questionnaire.DESTINATION_TOWN).tapsButtonLabelled("Дружківка");
		TestBot.walk(resident, Questionnaire.SUMMARY);

		resident.taps("summary|edit:settlement").types("Краматорськ");

		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(resident.draft().destinationTown().code()).isEqualTo("UA14120030010055241");
	}

	@Test
	void namesTheCapitalAmongTheCandidatesWithoutAnEmptyDistrict() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.types("Київ");

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT_CHOICE);
		assertThat(resident.labels()).contains("Київ");
		assertThat(resident.labels()).contains("Київ (Вознесенський р-н, Миколаївська обл.)");
	}

	@Test
	void filesAnUndecidedDestination() {
		Resident resident = this.bot.residentAt(Questionnaire.DESTINATION);

		resident.tapsButtonLabelled(text(Language.UK, "destination.UNDECIDED"));

		assertThat(resident.step()).isEqualTo(Questionnaire.CREW_NOTE);
		TestBot.walk(resident, Questionnaire.SUMMARY).taps("summary|confirm");
		assertThat(this.bot.desk.onlyRequest().details().destination().kind()).isEqualTo(DestinationKind.UNDECIDED);
		assertThat(this.bot.desk.onlyRequest().details().accommodationNeeded()).isTrue();
	}

	/** A resident of the settlement, asked where to go. */
	private Resident residentOf(String settlement) {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT).types(settlement);
		return TestBot.walk(resident, Questionnaire.DESTINATION);
	}

}
