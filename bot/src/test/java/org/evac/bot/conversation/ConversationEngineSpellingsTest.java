package org.evac.bot.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evac.domain.i18n.Language;
import org.evac.domain.place.Settlement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;

/**
 * A place typed in any spelling is offered as a question («Did you mean ...?») unless it
 * is the exact and only official name of a front-line settlement; «another place» lets
 * the resident type it again; an occupied place is accepted and the resident told plainly
 * that crews cannot go there.
 */
class ConversationEngineSpellingsTest {

	private static final String KRAMATORSK = "UA14120090010038661";

	private static final String UZHHOROD = "UA21100230010016545";

	private final TestBot bot = new TestBot();

	@ParameterizedTest
	@CsvSource({ "UK, 'Ви маєте на увазі Краматорськ (Краматорський р-н, Донецька обл.)?', Інше місце",
			"EN, 'Did you mean Kramatorsk (Краматорський district, Donetsk Oblast)?', Another place",
			"RU, 'Вы имеете в виду Краматорськ (Краматорський р-н, Донецкая обл.)?', Другое место" })
	void asksWhetherARussianSpellingMeansThePlaceItResembles(Language language, String question, String other) {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT, language);

		resident.types("Краматорск");

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT_CHOICE);
		assertThat(resident.lastKey()).isEqualTo("settlement.did-you-mean");
		assertThat(resident.lastReply().text()).isEqualTo(question);
		assertThat(resident.buttonData()).containsExactly("settlement-choice|" + KRAMATORSK, "settlement-choice|other");
		assertThat(resident.labels()).last().isEqualTo(other);
		assertThat(resident.draft().settlement().code()).isNull();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void takesThePlaceOnceTheResidentConfirmsIt(Language language) {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT, language).types("Краматорск");

		resident.tapsFirstButtonOf(Questionnaire.SETTLEMENT_CHOICE);

		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft().settlement().code()).isEqualTo(KRAMATORSK);
		assertThat(resident.draft().oblast().code()).isEqualTo(TestBot.DONETSK);
	}

	@ParameterizedTest
	@CsvSource({ "Харкiв, UA63120270010096107", "Харьков, UA63120270010096107", "Kharkov, UA63120270010096107",
			"Артемовск, UA14020010010059145", "Словянськ, UA14120210010032554", "Kramatorsk, UA14120090010038661",
			"Краматоррськ, UA14120090010038661", "Сєвєродонецьк, UA44120110010072887",
			"Красноград, UA63060050010042407" })
	void offersTheSettlementFirstForEverySpellingButItsOfficialName(String typed, String code) {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.types(typed);

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT_CHOICE);
		assertThat(resident.lastKey()).startsWith("settlement.did-you-mean");
		assertThat(resident.draft().settlementCandidates()).first().isEqualTo(code);
	}

	@Test
	void asksAboutTheFrontLineTownBeforeTheVillageOfThatNameElsewhere() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.types("Балаклея");

		assertThat(resident.lastKey()).isEqualTo("settlement.did-you-mean-several");
		assertThat(resident.lastReply().text())
			.isEqualTo(text(Language.UK, "settlement.did-you-mean-several", "Балаклея"));
		assertThat(resident.labels()).first().isEqualTo("Балаклія (Ізюмський р-н, Харківська обл.)");
		assertThat(resident.labels()).anyMatch(label -> label.contains("Черкаська обл."))
			.last()
			.isEqualTo(text(Language.UK, "settlement.other-place"));
	}

	@Test
	void confirmsTheOnlyPlaceOfANameOutsideTheFrontLineOblastsWithItsOblast() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);

		resident.types("Ужгород");

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT_CHOICE);
		assertThat(resident.lastReply().text()).startsWith("Ви маєте на увазі Ужгород (").contains("Закарпатська");
		resident.tapsButtonLabelled("Ужгород");
		assertThat(resident.draft().settlement().code()).isEqualTo(UZHHOROD);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void letsTheResidentTypeAnotherPlaceInstead(Language language) {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT, language).types("Краматорск");

		resident.tapsButtonLabelled(text(language, "settlement.other-place"));

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT);
		assertThat(resident.lastKey()).isEqualTo("settlement.type-again");
		assertThat(resident.draft().settlement().code()).isNull();
		assertThat(resident.draft().oblast()).isNull();
		resident.types("Краматорськ");
		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft().settlement().code()).isEqualTo(KRAMATORSK);
	}

	@Test
	void asksTheOblastWhenTheResidentTypesTheSameNameAgainAfterAnotherPlace() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT).types("Краматорск");
		resident.tapsButtonLabelled(text(Language.UK, "settlement.other-place"));

		resident.types("краматорск ");

		assertThat(resident.step()).isEqualTo(Questionnaire.OBLAST);
		assertThat(resident.lastReply().text()).isEqualTo(text(Language.UK, "oblast.ask", "краматорск"));
		resident.tapsButtonLabelled("Донецька");
		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft().settlement().code()).isNull();
		assertThat(resident.draft().oblast().code()).isEqualTo(TestBot.DONETSK);
	}

	@Test
	void answersAForgedCandidateKindlyAndAsksAgain() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT).types("Краматорск");
		Draft draft = resident.draft();

		resident.taps("settlement-choice|UA63120270010096107");

		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT_CHOICE);
		assertThat(resident.draft()).isEqualTo(draft);
		assertThat(resident.lastKey()).isEqualTo("invalid.choose-button");
		assertThat(resident.lastReply().text())
			.contains(text(Language.UK, "settlement.did-you-mean", "Краматорськ (Краматорський р-н, Донецька обл.)"));
	}

	@Test
	void answersAStaleCandidateKindlyOnceThePlaceIsTaken() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT).types("Краматорск");
		resident.tapsFirstButtonOf(Questionnaire.SETTLEMENT_CHOICE);
		Draft draft = resident.draft();

		resident.taps("settlement-choice|" + KRAMATORSK);

		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft()).isEqualTo(draft);
		assertThat(resident.outcome().buttonNotice()).isEqualTo(text(Language.UK, "button.stale"));
	}

	/**
	 * Every spelling of the table, and every city's name, typed in turn: the place is
	 * taken without a question only when the name typed is the official name of that one
	 * settlement, in a front-line oblast.
	 */
	@Test
	void neverTakesAPlaceTheResidentDidNotConfirmUnlessTypedExactlyAsItsOnlyOfficialName() {
		List<String> typed = new ArrayList<>(typedSpellings());
		typed.addAll(List.of("Балаклея", "Каменка", "Киев", "Одесса", "Ужгород", "Kamianka", "Lviv", "Харкiв",
				"Kpaматорськ", "Покровское", "Николаевка", "Александровка"));
		int silent = 0;
		for (String name : typed) {
			Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT);
			resident.types(name);
			if (resident.draft().settlement().code() != null) {
				silent++;
				Settlement taken = TestBot.DIRECTORY.settlement(resident.draft().settlement().code()).orElseThrow();
				assertThat(official(name)).as(name).isEqualTo(official(taken.names().uk()));
				assertThat(TestBot.DIRECTORY.oblast(taken.oblastCode()).orElseThrow().frontline()).as(name).isTrue();
				assertThat(TestBot.DIRECTORY.settlementsNamed(name)
					.stream()
					.filter(s -> official(s.names().uk()).equals(official(name)))).as(name).hasSize(1);
			}
			else {
				assertThat(resident.step()).as(name).isIn(Questionnaire.SETTLEMENT_CHOICE, Questionnaire.OBLAST);
			}
		}
		assertThat(silent).isPositive().isLessThan(typed.size() / 4);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void acceptsAnOccupiedPlaceAndSaysPlainlyThatCrewsCannotGoThere(Language language) {
		TestBot occupied = new TestBot(TestBot.DIRECTORY.withOccupied(TestBot.BAKHMUT));
		Resident resident = occupied.residentAt(Questionnaire.SETTLEMENT, language);

		resident.types("Бахмут");

		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(resident.draft().settlement().code()).isEqualTo(TestBot.BAKHMUT);
		assertThat(resident.lastKey()).isEqualTo("settlement.occupied");
		String bakhmut = TestBot.DIRECTORY.settlement(TestBot.BAKHMUT).orElseThrow().names().in(language);
		assertThat(resident.lastReply().text()).startsWith(text(language, "settlement.occupied", bakhmut))
			.contains(text(language, "hotlines.title"))
			.contains("112")
			.contains("+380665615102")
			.endsWith(text(language, "address.ask", bakhmut));
		TestBot.walk(resident, Questionnaire.SUMMARY);
		assertThat(resident.lastReply().text()).contains(text(language, "summary.occupied"));
		resident.tapsButtonLabelled(text(language, "summary.confirm"));
		assertThat(occupied.desk.onlyRequest().details().settlement().code()).isEqualTo(TestBot.BAKHMUT);
	}

	@Test
	void saysNothingOfOccupationForAPlaceNotMarked() {
		Resident resident = new TestBot(TestBot.DIRECTORY.withOccupied(TestBot.BAKHMUT))
			.residentAt(Questionnaire.SETTLEMENT);

		resident.types("Краматорськ");

		assertThat(resident.lastKey()).isEqualTo("address.ask");
	}

	/** As the register compares official names: case and apostrophes aside. */
	private static String official(String name) {
		return name.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[’ʼ'`]", "'")
			.replace('-', ' ')
			.replaceAll("^м\\. ", "");
	}

	private static List<String> typedSpellings() {
		List<String> typed = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("places/typed-spellings.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("\"")) {
					typed.add(line.substring(0, line.indexOf(',')));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return typed;
	}

}
