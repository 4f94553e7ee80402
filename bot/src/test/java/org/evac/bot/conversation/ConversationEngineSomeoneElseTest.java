package org.evac.bot.conversation;

import java.util.List;

import org.evac.domain.i18n.Language;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.WhoLeaves;
import org.evac.outbox.Keyboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;

/**
 * A daughter abroad asks for her mother: the questions speak of her mother, never offer
 * the daughter's own location or number for her mother's, and ask the daughter's number
 * in any country's format.
 */
class ConversationEngineSomeoneElseTest {

	private final TestBot bot = new TestBot();

	private Resident forSomeoneElse(Language language) {
		return this.bot.resident(language)
			.command("start")
			.tapsButtonLabelled(text(language, "notice.continue"))
			.tapsButtonLabelled(text(language, "who.SOMEONE_ELSE"));
	}

	@Test
	void asksWhomTheRequestIsForRightAfterTheNotice() {
		Resident resident = this.bot.resident(Language.UK)
			.command("start")
			.tapsButtonLabelled(text(Language.UK, "notice.continue"));

		assertThat(resident.lastKey()).isEqualTo("who.ask");
		assertThat(resident.labels()).containsExactly("Мені (і тим, хто зі мною)", "Іншій людині: родичу, сусіду");
	}

	@Test
	void speaksOfThemAndOffersNoLocationOfTheWritersOwn() {
		Resident resident = forSomeoneElse(Language.UK).types("Ганна Петрівна");

		assertThat(resident.lastKey()).isEqualTo("settlement.ask");
		assertThat(resident.lastReply().text()).startsWith("Де вони зараз?");
		assertThat(resident.lastReply().keyboard()).isEqualTo(Keyboard.REMOVE);
	}

	@Test
	void turnsAwayTheWritersOwnLocationForTheirPlace() {
		Resident resident = forSomeoneElse(Language.UK).types("Ганна Петрівна").sharesLocation(48.595, 38.0);

		assertThat(resident.lastKey()).isEqualTo("other.not-theirs");
		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT);
		assertThat(resident.draft().location()).isNull();
	}

	@Test
	void offersNoContactButtonButTheyHaveNoPhone() {
		Resident resident = TestBot.walk(forSomeoneElse(Language.UK), Questionnaire.PHONE);

		assertThat(resident.lastReply().text()).startsWith("За яким номером волонтери можуть зателефонувати їм?");
		assertThat(resident.lastReply().keyboard()).isInstanceOf(Keyboard.Inline.class);
		assertThat(resident.labels()).containsExactly("У них немає телефону");
	}

	@Test
	void turnsAwayTheWritersOwnContactForTheirNumber() {
		Resident resident = TestBot.walk(forSomeoneElse(Language.UK), Questionnaire.PHONE).sharesContact(TestBot.PHONE);

		assertThat(resident.lastKey()).isEqualTo("phone.not-theirs");
		assertThat(resident.draft().phone()).isNull();
	}

	@Test
	void takesTheirNumberFromAContactCardOfSomeoneElse() {
		Resident resident = TestBot.walk(forSomeoneElse(Language.UK), Questionnaire.PHONE)
			.sends(new Incoming.SharedContact("+380671112233", false));

		assertThat(resident.draft().phone()).isEqualTo("+380671112233");
		assertThat(resident.step()).isEqualTo(Questionnaire.SECOND_PHONE);
	}

	@Test
	void goesOnWhenTheyHaveNoPhone() {
		Resident resident = TestBot.walk(forSomeoneElse(Language.UK), Questionnaire.PHONE)
			.tapsButtonLabelled("У них немає телефону");

		assertThat(resident.draft().phone()).isNull();
		assertThat(resident.draft().answers().flag(RequestDetails.NO_PHONE)).isTrue();
		assertThat(resident.step()).isEqualTo(Questionnaire.SECOND_PHONE);
	}

	@Test
	void asksTheWritersOwnNumberInAnyCountrysFormat() {
		Resident resident = TestBot.walk(forSomeoneElse(Language.UK), Questionnaire.FILER_PHONE);
		assertThat(resident.lastKey()).isEqualTo("filer-phone.ask");

		resident.types("12345");
		assertThat(resident.lastKey()).isEqualTo("filer-phone.invalid");
		resident.types("+48 601 234 567");

		assertThat(resident.draft().answers().text(RequestDetails.FILER_PHONE)).isEqualTo("+48601234567");
		assertThat(resident.step()).isEqualTo(Questionnaire.HOUSEHOLD);
	}

	@Test
	void takesTheWritersOwnContactForTheirOwnNumber() {
		Resident resident = TestBot.walk(forSomeoneElse(Language.UK), Questionnaire.FILER_PHONE)
			.sharesContact("447911123456");

		assertThat(resident.draft().answers().text(RequestDetails.FILER_PHONE)).isEqualTo("+447911123456");
	}

	@Test
	void asksNeitherNameNorTheWritersNumberOfSomeoneAskingForThemselves() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		assertThat(resident.everyReply().stream().map(Reply::key)).doesNotContain("name.ask", "filer-phone.ask");
		assertThat(resident.lastReply().text()).doesNotContain(text(Language.UK, "summary.for-someone-else"));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void filesARequestWithBothPeople(Language language) {
		Resident resident = forSomeoneElse(language).types("Ганна Петрівна");
		TestBot.walk(resident, Questionnaire.PHONE).types("050 765 43 21");
		TestBot.walk(resident, Questionnaire.SUMMARY);

		assertThat(resident.lastReply().text()).contains(text(language, "summary.for-someone-else"))
			.contains(text(language, "summary.answer.name", "Ганна Петрівна"))
			.contains(text(language, "summary.answer.filer-phone", "+48601234567"));
		resident.tapsButtonLabelled(text(language, "summary.confirm"));

		RequestDetails details = this.bot.desk.onlyRequest().details();
		assertThat(details.who()).isEqualTo(WhoLeaves.SOMEONE_ELSE);
		assertThat(details.answers().text(Questionnaire.NAME)).isEqualTo("Ганна Петрівна");
		assertThat(details.phone()).isEqualTo("+380507654321");
		assertThat(details.filerPhone()).isEqualTo("+48601234567");
		assertThat(resident.lastReply().text()).contains("+380507654321").contains("+48601234567");
	}

	@Test
	void staleWhoButtonsAreTurnedAwayKindly() {
		Resident resident = forSomeoneElse(Language.UK).taps("who|SELF");

		assertThat(resident.outcome().buttonNotice()).isEqualTo(text(Language.UK, "button.stale"));
		assertThat(resident.step()).isEqualTo(Questionnaire.NAME);
	}

	@Test
	void asksAgainKindlyForWhatCannotBeAnAnswer() {
		for (Incoming odd : List.of(new Incoming.Unsupported("sticker"), new Incoming.Text("😀🙏"),
				new Incoming.Text("Б".repeat(4000)))) {
			Resident resident = forSomeoneElse(Language.UK).sends(odd);

			assertThat(resident.step()).isEqualTo(Questionnaire.NAME);
			assertThat(resident.lastReply().text()).contains(text(Language.UK, "name.ask"));
		}
	}

	/**
	 * The case: a daughter abroad files for her bedridden mother on the third
	 * floor without a lift, in a village under fire, with the neighbour's number.
	 */
	@Test
	void aDaughterAbroadFilesForHerBedriddenMother() {
		Resident daughter = this.bot.resident(Language.UK).command("start");
		int before = daughter.turns();

		daughter.tapsButtonLabelled(text(Language.UK, "notice.continue"))
			.tapsButtonLabelled(text(Language.UK, "who.SOMEONE_ELSE"))
			.types("Ганна Петрівна")
			.types("Бахмут")
			.types("вул. Миру, 5, кв. 12")
			.types("050 765 43 21")
			.tapsButtonLabelled(text(Language.UK, "second-phone.skip"))
			.types("+48 601 234 567")
			.tapsButtonLabelled("1")
			.tapsButtonLabelled(text(Language.UK, "need.BEDRIDDEN"))
			.tapsButtonLabelled(text(Language.UK, "needs.done"))
			.tapsButtonLabelled(text(Language.UK, "mobility.STRETCHER"))
			.tapsButtonLabelled("3")
			.tapsButtonLabelled(text(Language.UK, "lift.no"))
			.tapsButtonLabelled(text(Language.UK, "danger.yes"))
			.tapsButtonLabelled(text(Language.UK, "ready.NOW"))
			.tapsButtonLabelled(text(Language.UK, "destination.UNDECIDED"))
			.tapsButtonLabelled(text(Language.UK, "accommodation.need"))
			.types("Телефон сусідки Олени; мама чує погано")
			.tapsButtonLabelled(text(Language.UK, "summary.confirm"));

		assertThat(daughter.lastKey()).isEqualTo("filed");
		// about a dozen taps was the aim; this path takes 20 answers, typed ones included
		assertThat(daughter.turns() - before).isEqualTo(20);
		RequestDetails details = this.bot.desk.onlyRequest().details();
		assertThat(details.forSomeoneElse()).isTrue();
		assertThat(details.needsStretcher()).isTrue();
		assertThat(details.dangerNow()).isTrue();
		assertThat(details.answers().number(RequestDetails.FLOOR)).isEqualTo(3);
		assertThat(details.answers().flag(RequestDetails.LIFT)).isFalse();
		assertThat(details.phone()).isEqualTo("+380507654321");
		assertThat(details.filerPhone()).isEqualTo("+48601234567");
	}

}
