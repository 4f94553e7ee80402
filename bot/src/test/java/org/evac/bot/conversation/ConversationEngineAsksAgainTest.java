package org.evac.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.evac.domain.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Whatever a resident sends that does not answer the question gets a kind reason and the
 * same question again, and changes none of the answers given so far.
 */
class ConversationEngineAsksAgainTest {

	/** Not a reason the reply names: the tapped button shows "no longer active". */
	private static final String STALE = "button.stale";

	private static final String LONG_TEXT = "Бахмут ".repeat(572).substring(0, 4000);

	private static final String EMOJI = "😀🙏";

	static final List<String> STEPS = List.of(Questionnaire.WHO, Questionnaire.SETTLEMENT,
			Questionnaire.SETTLEMENT_CHOICE, Questionnaire.OBLAST, Questionnaire.ADDRESS, Questionnaire.PHONE,
			Questionnaire.SECOND_PHONE, Questionnaire.HOUSEHOLD, Questionnaire.CHILDREN, Questionnaire.NEEDS,
			Questionnaire.DESTINATION, Questionnaire.DESTINATION_OBLAST, Questionnaire.DESTINATION_TOWN,
			Questionnaire.ACCOMMODATION, Questionnaire.SUMMARY);

	private final TestBot bot = new TestBot();

	/** What can arrive at any question and never answers one. */
	static Stream<Arguments> anywhere() {
		List<Arguments> cases = new ArrayList<>();
		for (String step : STEPS) {
			for (String kind : List.of("sticker", "photo", "voice", "document")) {
				cases.add(arguments(step, kind, new Incoming.Unsupported(kind), "invalid.unsupported"));
			}
			cases.add(arguments(step, "an edited message", new Incoming.Edited(), "invalid.edited"));
			cases.add(arguments(step, "/foo", new Incoming.Command("foo"), "command.unknown"));
			for (String forged : List.of("x", "", "|", "|3", "x".repeat(70), step + "|" + "9".repeat(70))) {
				cases.add(arguments(step, "forged button '" + forged + "'", tap(forged), STALE));
			}
			if (!step.equals(Questionnaire.NOTICE)) {
				cases.add(arguments(step, "the notice's stale button", tap("notice|ok"), STALE));
			}
			if (!step.equals(Questionnaire.HOUSEHOLD)) {
				cases.add(arguments(step, "the household's stale button", tap("household|3"), STALE));
			}
			if (!step.equals(Questionnaire.SUMMARY)) {
				cases.add(arguments(step, "a summary button", tap("summary|edit:nonsense"), STALE));
				cases.add(arguments(step, "a summary button", tap("summary|confirm"), STALE));
			}
			cases.add(arguments(step, "a confirmation nobody asked for", tap("delete|yes"), STALE));
			cases.add(arguments(step, "a confirmation nobody asked for", tap("cancel|EV-1001"), STALE));
		}
		return cases.stream();
	}

	/** What each question cannot take as its answer. */
	static Stream<Arguments> atEachQuestion() {
		return Stream.of(
				arguments(Questionnaire.WHO, "a location", new Incoming.SharedLocation(48.595, 38.0),
						"invalid.choose-button"),
				arguments(Questionnaire.WHO, "a contact", new Incoming.SharedContact("+380501234567", true),
						"invalid.choose-button"),
				arguments(Questionnaire.SETTLEMENT, "4,000 characters", text(LONG_TEXT), "invalid.too-long"),
				arguments(Questionnaire.SETTLEMENT, "emoji only", text(EMOJI), "invalid.words-please"),
				arguments(Questionnaire.SETTLEMENT, "blank", text("  \t "), "invalid.words-please"),
				arguments(Questionnaire.SETTLEMENT, "control characters", text("\u0000\u0007"), "invalid.words-please"),
				arguments(Questionnaire.SETTLEMENT, "a contact", new Incoming.SharedContact("+380501234567", true),
						"settlement.invalid"),
				arguments(Questionnaire.SETTLEMENT, "a point off the Earth", new Incoming.SharedLocation(91, 0),
						"settlement.invalid"),
				arguments(Questionnaire.SETTLEMENT, "a point that is not a number",
						new Incoming.SharedLocation(Double.NaN, 38), "settlement.invalid"),
				arguments(Questionnaire.SETTLEMENT, "a button of its own", tap("settlement|Бахмут"),
						"settlement.invalid"),
				arguments(Questionnaire.SETTLEMENT_CHOICE, "the name typed again", text("Костянтинівка"),
						"invalid.choose-button"),
				arguments(Questionnaire.SETTLEMENT_CHOICE, "a settlement not offered",
						tap("settlement-choice|" + TestBot.BAKHMUT), "invalid.choose-button"),
				arguments(Questionnaire.SETTLEMENT_CHOICE, "a location", new Incoming.SharedLocation(48.595, 38.0),
						"invalid.choose-button"),
				arguments(Questionnaire.OBLAST, "emoji only", text(EMOJI), "invalid.choose-button"),
				arguments(Questionnaire.OBLAST, "two letters", text("До"), "invalid.choose-button"),
				arguments(Questionnaire.OBLAST, "a name several oblasts start with", text("Київ"),
						"invalid.choose-button"),
				arguments(Questionnaire.OBLAST, "an oblast that is not there", tap("oblast|UA99000000000000000"),
						"invalid.choose-button"),
				arguments(Questionnaire.ADDRESS, "4,000 characters", text(LONG_TEXT), "invalid.too-long"),
				arguments(Questionnaire.ADDRESS, "emoji only", text(EMOJI), "invalid.words-please"),
				arguments(Questionnaire.ADDRESS, "a second location", new Incoming.SharedLocation(48.6, 38.0),
						"address.location-already"),
				arguments(Questionnaire.ADDRESS, "a contact", new Incoming.SharedContact("+380501234567", true),
						"address.invalid"),
				arguments(Questionnaire.ADDRESS, "a button it does not have", tap("address|nonsense"),
						"invalid.choose-button"),
				arguments(Questionnaire.PHONE, "too few digits", text("12345"), "phone.invalid"),
				arguments(Questionnaire.PHONE, "a Polish number", text("+48 601 234 567"), "phone.invalid"),
				arguments(Questionnaire.PHONE, "letters", text("abc"), "phone.invalid"),
				arguments(Questionnaire.PHONE, "emoji only", text(EMOJI), "phone.invalid"),
				arguments(Questionnaire.PHONE, "4,000 characters", text(LONG_TEXT), "phone.invalid"),
				arguments(Questionnaire.PHONE, "a number with a plus inside", text("050+1234567"), "phone.invalid"),
				arguments(Questionnaire.PHONE, "a foreign contact", new Incoming.SharedContact("+48601234567", true),
						"phone.invalid"),
				arguments(Questionnaire.PHONE, "a location", new Incoming.SharedLocation(48.595, 38.0),
						"phone.invalid"),
				arguments(Questionnaire.SECOND_PHONE, "the first number again", text("+380501234567"),
						"second-phone.same"),
				arguments(Questionnaire.SECOND_PHONE, "the first number written otherwise", text("050 123 45 67"),
						"second-phone.same"),
				arguments(Questionnaire.SECOND_PHONE, "too few digits", text("12345"), "phone.invalid"),
				arguments(Questionnaire.SECOND_PHONE, "a button it does not have", tap("second-phone|none"),
						"phone.invalid"),
				arguments(Questionnaire.HOUSEHOLD, "letters", text("abc"), "household.not-a-number"),
				arguments(Questionnaire.HOUSEHOLD, "nobody", text("0"), "household.out-of-range"),
				arguments(Questionnaire.HOUSEHOLD, "more than a bus takes", text("51"), "household.out-of-range"),
				arguments(Questionnaire.HOUSEHOLD, "a negative number", text("-1"), "household.not-a-number"),
				arguments(Questionnaire.HOUSEHOLD, "a fraction", text("3.5"), "household.not-a-number"),
				arguments(Questionnaire.HOUSEHOLD, "a huge number", text("99999999999"), "household.not-a-number"),
				arguments(Questionnaire.HOUSEHOLD, "emoji only", text(EMOJI), "household.not-a-number"),
				arguments(Questionnaire.HOUSEHOLD, "a forged size", tap("household|999"), "household.out-of-range"),
				arguments(Questionnaire.HOUSEHOLD, "a forged word", tap("household|abc"), "household.not-a-number"),
				arguments(Questionnaire.CHILDREN, "more children than people", text("4"),
						"children.more-than-household"),
				arguments(Questionnaire.CHILDREN, "a forged count", tap("children|9"), "children.more-than-household"),
				arguments(Questionnaire.CHILDREN, "letters", text("двоє"), "children.not-a-number"),
				arguments(Questionnaire.CHILDREN, "a negative number", text("-1"), "children.not-a-number"),
				arguments(Questionnaire.NEEDS, "a typed need", text("бабуся"), "invalid.choose-button"),
				arguments(Questionnaire.NEEDS, "a need that is not offered", tap("needs|FLYING"),
						"invalid.choose-button"),
				arguments(Questionnaire.DESTINATION, "a typed answer", text("Дніпро"), "invalid.choose-button"),
				arguments(Questionnaire.DESTINATION, "a kind that is not offered", tap("destination|MOON"),
						"invalid.choose-button"),
				arguments(Questionnaire.DESTINATION_OBLAST, "the resident's own oblast",
						tap("destination-oblast|" + TestBot.DONETSK), "invalid.choose-button"),
				arguments(Questionnaire.DESTINATION_OBLAST, "an oblast that takes nobody",
						tap("destination-oblast|" + TestBot.LUHANSK), "invalid.choose-button"),
				arguments(Questionnaire.DESTINATION_OBLAST, "an oblast that takes nobody, typed", text("Луганська"),
						"invalid.choose-button"),
				arguments(Questionnaire.DESTINATION_TOWN, "a town of another oblast",
						tap("destination-town|UA12020010010037010"), "invalid.choose-button"),
				arguments(Questionnaire.ACCOMMODATION, "a typed answer", text("так"), "invalid.choose-button"),
				arguments(Questionnaire.ACCOMMODATION, "a forged answer", tap("accommodation|maybe"),
						"invalid.choose-button"),
				arguments(Questionnaire.SUMMARY, "a typed answer", text("все вірно"), "summary.tap-a-button"),
				arguments(Questionnaire.SUMMARY, "an edit of nothing", tap("summary|edit:nonsense"),
						"summary.tap-a-button"),
				arguments(Questionnaire.SUMMARY, "an edit of a question not offered", tap("summary|edit:oblast"),
						"summary.tap-a-button"),
				arguments(Questionnaire.SUMMARY, "a location", new Incoming.SharedLocation(48.595, 38.0),
						"summary.tap-a-button"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("anywhere")
	void asksTheSameQuestionAgainWhenTheAnswerCannotBeOne(String step, String what, Incoming incoming, String reason) {
		assertAskedAgain(this.bot.residentAt(step), incoming, reason);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("atEachQuestion")
	void asksTheSameQuestionAgainSayingWhy(String step, String what, Incoming incoming, String reason) {
		assertAskedAgain(this.bot.residentAt(step), incoming, reason);
	}

	@ParameterizedTest
	@CsvSource({ "abc", "0", "51", "-1", "3.5" })
	void asksAgainWhenHouseholdSizeIsNotANumberFromOneToFifty(String typed) {
		Resident resident = this.bot.residentAt(Questionnaire.HOUSEHOLD);

		resident.types(typed);

		assertThat(resident.step()).isEqualTo(Questionnaire.HOUSEHOLD);
		assertThat(resident.lastKey()).startsWith("household.");
		assertThat(resident.draft().householdSize()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "address, 300", "settlement, 100" })
	void saysHowLongAnAnswerMayBe(String step, int limit) {
		Resident resident = this.bot.residentAt(step);

		resident.types(LONG_TEXT);

		assertThat(resident.lastKey()).isEqualTo("invalid.too-long");
		assertThat(resident.lastReply().text()).startsWith(TestBot.text(Language.UK, "invalid.too-long", limit));
	}

	@Test
	void takesAnAddressOfThreeHundredCharactersButNotMore() {
		Resident resident = this.bot.residentAt(Questionnaire.ADDRESS);

		resident.types("а".repeat(301));
		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		resident.types("а".repeat(300));

		assertThat(resident.draft().address()).hasSize(300);
		assertThat(resident.step()).isEqualTo(Questionnaire.PHONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"$where\": \"sleep(1000)\"}", "<script>alert(1)</script>", "'; DROP TABLE requests;--",
			"вул. {0} {1}, буд. 5" })
	void keepsAnOddAddressAsPlainText(String address) {
		Resident resident = this.bot.residentAt(Questionnaire.ADDRESS);

		resident.types(address);
		TestBot.walk(resident, Questionnaire.SUMMARY);

		assertThat(resident.draft().address()).isEqualTo(address);
		assertThat(resident.lastReply().text()).contains(address);
		resident.taps("summary|confirm");
		assertThat(this.bot.desk.onlyRequest().details().address()).isEqualTo(address);
	}

	@Test
	void dropsControlCharactersAndFoldsSpacesInAnAddress() {
		Resident resident = this.bot.residentAt(Questionnaire.ADDRESS);

		resident.types("  вул.\u200B  Миру,\t\t5\u0000 ");

		assertThat(resident.draft().address()).isEqualTo("вул. Миру, 5");
	}

	@Test
	void asksAgainWhenChildrenAreMoreThanTheHousehold() {
		Resident resident = this.bot.residentAt(Questionnaire.CHILDREN);

		resident.types("4");

		assertThat(resident.lastKey()).isEqualTo("children.more-than-household");
		assertThat(resident.lastReply().text())
			.startsWith(TestBot.text(Language.UK, "children.more-than-household", 3));
		resident.types("3");
		assertThat(resident.draft().children()).isEqualTo(3);
	}

	@Test
	void offersNoMoreChildrenThanPeople() {
		Resident resident = this.bot.residentAt(Questionnaire.CHILDREN);

		assertThat(resident.buttonData()).containsExactly("children|0", "children|1", "children|2", "children|3");
	}

	private static void assertAskedAgain(Resident resident, Incoming incoming, String reason) {
		String step = resident.step();
		Draft draft = resident.draft();
		Reply question = resident.lastReply();

		resident.sends(incoming);

		assertThat(resident.step()).isEqualTo(step);
		assertThat(resident.draft()).isEqualTo(draft);
		assertThat(resident.replies()).hasSize(1);
		assertThat(resident.lastReply().text()).endsWith(question.text());
		assertThat(resident.lastReply().keyboard()).isEqualTo(question.keyboard());
		if (reason.equals(STALE)) {
			assertThat(resident.outcome().buttonNotice()).isEqualTo(TestBot.text(Language.UK, STALE));
			assertThat(resident.lastKey()).isEqualTo(question.key());
		}
		else {
			assertThat(resident.outcome().buttonNotice()).isNull();
			assertThat(resident.lastKey()).isEqualTo(reason);
			assertThat(resident.lastReply().text()).startsWith(firstWords(reason)).isNotEqualTo(question.text());
		}
	}

	/** The reason's text up to its first placeholder. */
	private static String firstWords(String reason) {
		String text = TestBot.text(Language.UK, reason);
		int placeholder = text.indexOf('{');
		return (placeholder < 0) ? text : text.substring(0, placeholder);
	}

	private static Incoming tap(String data) {
		return new Incoming.ButtonPress(data, 1);
	}

	private static Incoming text(String text) {
		return new Incoming.Text(text);
	}

}
