package org.evac.bot.conversation;

import java.util.List;

import org.evac.domain.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;

/**
 * The commands work at any question and take the resident back to it; the irreversible
 * ones ask first, and only the confirmation asked for counts.
 */
class ConversationEngineCommandsTest {

	static final List<String> STEPS = ConversationEngineAsksAgainTest.STEPS;

	private final TestBot bot = new TestBot();

	@ParameterizedTest
	@FieldSource("STEPS")
	void showsTheStatusAndAsksTheSameQuestionAgain(String step) {
		Resident resident = this.bot.residentAt(step);
		Draft draft = resident.draft();
		Reply question = resident.lastReply();

		resident.command("status");

		assertThat(resident.keys()).containsExactly("status", "status.continue");
		assertThat(resident.replies().get(0).text()).isEqualTo(text(Language.UK, "status.none"));
		assertThat(resident.lastReply().text()).startsWith(text(Language.UK, "status.continue"))
			.endsWith(question.text());
		assertUnchanged(resident, step, draft);
	}

	@ParameterizedTest
	@FieldSource("STEPS")
	void helpsAndAsksTheSameQuestionAgain(String step) {
		Resident resident = this.bot.residentAt(step);
		Draft draft = resident.draft();
		Reply question = resident.lastReply();

		resident.command("help");

		assertThat(resident.keys()).containsExactly("help", question.key());
		assertThat(resident.replies().get(0).text()).startsWith(text(Language.UK, "help")).contains("112");
		assertThat(resident.lastReply()).isEqualTo(question);
		assertUnchanged(resident, step, draft);
	}

	@ParameterizedTest
	@FieldSource("STEPS")
	void switchesTheLanguageAndAsksTheSameQuestionAgainInIt(String step) {
		Resident resident = this.bot.residentAt(step);
		Draft draft = resident.draft();

		resident.command("language");
		assertThat(resident.lastKey()).isEqualTo("language.choose");
		assertThat(resident.buttonData()).containsExactly("lang|uk", "lang|en", "lang|ru");
		assertUnchanged(resident, step, draft);
		resident.tapsButtonLabelled("English");

		assertThat(resident.state().language()).isEqualTo(Language.EN);
		assertThat(resident.lastKey()).isEqualTo("language.set");
		assertThat(resident.lastReply().text()).startsWith(text(Language.EN, "language.set"));
		assertUnchanged(resident, step, draft);
	}

	@ParameterizedTest
	@FieldSource("STEPS")
	void resumesAtTheSameQuestionOnStart(String step) {
		Resident resident = this.bot.residentAt(step);
		Draft draft = resident.draft();
		Reply question = resident.lastReply();

		resident.command("start");

		assertThat(resident.lastKey()).isEqualTo("start.resume");
		assertThat(resident.lastReply().text()).endsWith(question.text());
		assertUnchanged(resident, step, draft);
	}

	@ParameterizedTest
	@FieldSource("STEPS")
	void forgetsTheDraftWhenTheResidentConfirmsCancel(String step) {
		Resident resident = this.bot.residentAt(step);

		resident.command("cancel");
		assertThat(resident.lastKey()).isEqualTo("discard.confirm");
		resident.tapsButtonLabelled(text(Language.UK, "discard.yes"));

		assertThat(resident.state().isIdle()).isTrue();
		assertThat(resident.draft()).isNull();
		assertThat(resident.lastKey()).isEqualTo("discard.done");
		assertThat(this.bot.desk.filed()).isEmpty();
	}

	@ParameterizedTest
	@FieldSource("STEPS")
	void keepsTheDraftWhenTheResidentThinksBetterOfCancel(String step) {
		Resident resident = this.bot.residentAt(step);
		Draft draft = resident.draft();
		Reply question = resident.lastReply();

		resident.command("cancel").tapsButtonLabelled(text(Language.UK, "discard.no"));

		assertThat(resident.lastKey()).isEqualTo("confirm.nothing-changed");
		assertThat(resident.lastReply().text()).endsWith(question.text());
		assertUnchanged(resident, step, draft);
		assertThat(resident.state().pending()).isNull();
	}

	@ParameterizedTest
	@FieldSource("STEPS")
	void erasesEverythingAndForgetsTheConversationWhenTheResidentConfirmsDelete(String step) {
		Resident resident = this.bot.residentAt(step);

		resident.command("delete");
		assertThat(resident.lastKey()).isEqualTo("delete.confirm");
		resident.tapsButtonLabelled(text(Language.UK, "delete.yes"));

		assertThat(this.bot.desk.erased()).containsExactly(Resident.CHAT_ID);
		assertThat(resident.outcome().forget()).isTrue();
		assertThat(resident.lastKey()).isEqualTo("delete.done");
		assertThat(resident.outcome().state()).isEqualTo(ConversationState.newcomer(Language.UK));
	}

	@ParameterizedTest
	@FieldSource("STEPS")
	void changesNothingWhenTheResidentThinksBetterOfDelete(String step) {
		Resident resident = this.bot.residentAt(step);
		Draft draft = resident.draft();

		resident.command("delete").taps("delete|no");

		assertThat(this.bot.desk.erased()).isEmpty();
		assertThat(resident.outcome().forget()).isFalse();
		assertThat(resident.lastKey()).isEqualTo("confirm.nothing-changed");
		assertUnchanged(resident, step, draft);
	}

	@ParameterizedTest
	@FieldSource("STEPS")
	void answersTheQuestionAsUsualAfterAConfirmationLeftUnanswered(String step) {
		Resident resident = this.bot.residentAt(step).command("delete");

		if (step.equals(Questionnaire.SUMMARY)) {
			resident.tapsButtonLabelled(text(Language.UK, "summary.edit.address"));
		}
		else {
			TestBot.usualAnswer(step, Language.UK).accept(resident);
		}
		assertThat(resident.step()).isNotEqualTo(step);
		resident.taps("delete|yes");

		assertThat(this.bot.desk.erased()).isEmpty();
		assertThat(resident.outcome().buttonNotice()).isEqualTo(text(Language.UK, "button.stale"));
	}

	@Test
	void answersInEnglishAfterTheResidentChoosesIt() {
		Resident resident = this.bot.residentAt(Questionnaire.HOUSEHOLD);

		resident.command("language").taps("lang|en").types("abc");

		assertThat(resident.lastReply().text())
			.isEqualTo(text(Language.EN, "household.not-a-number") + "\n\n" + text(Language.EN, "household.ask"));
		resident.types("3");
		assertThat(resident.lastReply().text()).isEqualTo(text(Language.EN, "children.ask"));
		resident.command("status");
		assertThat(resident.replies().get(0).text()).isEqualTo(text(Language.EN, "status.none"));
	}

	@Test
	void filesTheRequestInTheLanguageChosenLast() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		resident.taps("lang|ru").taps("summary|confirm");

		assertThat(this.bot.desk.onlyRequest().language()).isEqualTo(Language.RU);
		assertThat(resident.lastReply().text()).startsWith(text(Language.RU, "filed", "EV-1001", TestBot.PHONE));
	}

	@Test
	void helpsSomeoneIdle() {
		Resident resident = this.bot.resident(Language.RU).command("help");

		assertThat(resident.keys()).containsExactly("help", "idle.hint");
		assertThat(resident.state().isIdle()).isTrue();
	}

	@Test
	void showsTheHotlinesOfTheResidentsOblastInHelp() {
		Resident resident = this.bot.residentAt(Questionnaire.PHONE);

		resident.command("help");

		assertThat(resident.replies().get(0).text()).contains("+380665615102");
	}

	@Test
	void showsThePoliceEvacuationGroupForTheFrontItsSourceNamesNotForTheWholeOblast() {
		Resident resident = this.bot.residentAt(Questionnaire.PHONE);

		resident.command("help");

		assertThat(resident.replies().get(0).text()).contains("«Білі янголи» (Бахмутський напрямок): +380665615102")
			.contains("☎️ Поліція: 102");
	}

	private static void assertUnchanged(Resident resident, String step, Draft draft) {
		assertThat(resident.step()).isEqualTo(step);
		assertThat(resident.draft()).isEqualTo(draft);
		assertThat(resident.outcome().forget()).isFalse();
	}

}
