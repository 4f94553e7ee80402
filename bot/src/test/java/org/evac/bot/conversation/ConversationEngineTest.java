package org.evac.bot.conversation;

import java.util.List;
import java.util.Set;

import org.evac.domain.i18n.Language;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.request.DestinationKind;
import org.evac.domain.request.Mobility;
import org.evac.domain.request.Readiness;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.SpecialNeed;
import org.evac.domain.request.WhoLeaves;
import org.evac.outbox.Keyboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.oblastName;
import static org.evac.bot.conversation.TestBot.text;

/**
 * A resident's way from /start to a filed request, in each language, tapping the buttons
 * they are offered; and the few things that happen around it.
 */
class ConversationEngineTest {

	private final TestBot bot = new TestBot();

	/**
	 * The happy path, answer by answer: each answer gets exactly one message back, the
	 * next question (issue 17: no acknowledgement of its own; a big keyboard is replaced
	 * or hidden within that message).
	 */
	@ParameterizedTest
	@EnumSource(Language.class)
	void filesTheRequestOfAResidentWhoTapsTheOfferedButtons(Language language) {
		Resident resident = this.bot.resident(language).command("start");
		assertThat(resident.keys()).containsExactly("notice");
		assertThat(resident.lastReply().text()).contains(text(language, "who.ask"));

		answers(resident, r -> r.tapsButtonLabelled(text(language, "who.SELF")), "settlement.ask");
		answers(resident, r -> r.sharesLocation(48.595, 38.000), "address.ask-located");
		answers(resident, r -> r.types("вул. Соборна, 12"), "phone.ask");
		answers(resident, r -> r.sharesContact("+38 (050) 123-45-67"), "second-phone.ask");
		answers(resident, r -> r.tapsButtonLabelled(text(language, "second-phone.skip")), "household.ask");
		answers(resident, r -> r.tapsButtonLabelled("3"), "children.ask");
		answers(resident, r -> r.tapsButtonLabelled("2"), "needs.ask");
		answers(resident, r -> r.tapsButtonLabelled(text(language, "need.ELDERLY")), "needs.ask");
		answers(resident, r -> r.tapsButtonLabelled(text(language, "mobility.WALKS")), "danger.ask");
		answers(resident, r -> r.tapsButtonLabelled(text(language, "danger.no")), "ready.ask");
		answers(resident, r -> r.tapsButtonLabelled(text(language, "ready.WITHIN_DAY")), "destination.ask");
		answers(resident, r -> r.tapsButtonLabelled(text(language, "destination.OTHER_OBLAST")),
				"destination-oblast.ask");
		answers(resident, r -> r.tapsButtonLabelled(oblastName(TestBot.DNIPROPETROVSK, language)), "accommodation.ask");
		answers(resident, r -> r.tapsButtonLabelled(text(language, "accommodation.need")), "crew-note.ask");
		answers(resident, r -> r.types("Ключ у сусідки з кв. 3"), "summary");
		answers(resident, r -> r.tapsButtonLabelled(text(language, "summary.confirm")), "filed");

		InMemoryResidentDesk.Filed filed = this.bot.desk.onlyRequest();
		RequestDetails details = filed.details();
		assertThat(details.settlement()).isEqualTo(new PlaceRef(TestBot.BAKHMUT, "Бахмут"));
		assertThat(details.oblast().code()).isEqualTo(TestBot.DONETSK);
		assertThat(details.location()).isEqualTo(new GeoPoint(48.595, 38.000));
		assertThat(details.address()).isEqualTo("вул. Соборна, 12");
		assertThat(details.phone()).isEqualTo("+380501234567");
		assertThat(details.secondPhone()).isNull();
		assertThat(details.householdSize()).isEqualTo(3);
		assertThat(details.children()).isEqualTo(2);
		assertThat(details.needs()).containsExactly(SpecialNeed.ELDERLY);
		assertThat(details.destination().kind()).isEqualTo(DestinationKind.OTHER_OBLAST);
		assertThat(details.destination().oblast().code()).isEqualTo(TestBot.DNIPROPETROVSK);
		assertThat(details.accommodationNeeded()).isTrue();
		assertThat(details.who()).isEqualTo(WhoLeaves.SELF);
		assertThat(details.mobility()).isEqualTo(Mobility.WALKS);
		assertThat(details.dangerNow()).isFalse();
		assertThat(details.readiness()).isEqualTo(Readiness.WITHIN_DAY);
		assertThat(details.answers().text(RequestDetails.CREW_NOTE)).isEqualTo("Ключ у сусідки з кв. 3");
		assertThat(filed.language()).isEqualTo(language);
		assertThat(filed.number()).isEqualTo("EV-1001");
		assertThat(resident.lastKey()).isEqualTo("filed");
		assertThat(resident.lastReply().text()).contains("EV-1001").contains("+380501234567");
		assertThat(resident.lastReply().keyboard()).isEqualTo(Keyboard.REMOVE);
		assertThat(resident.state().isIdle()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void takesAtMostThirteenAnswersFromStartToAFiledRequest(Language language) {
		Resident resident = this.bot.resident(language).command("start");
		int before = resident.turns();

		resident.tapsButtonLabelled(text(language, "who.SELF"))
			.sharesLocation(TestBot.BAKHMUT_LAT, TestBot.BAKHMUT_LON)
			.types(TestBot.ADDRESS)
			.sharesContact(TestBot.PHONE)
			.tapsButtonLabelled(text(language, "second-phone.skip"))
			.tapsButtonLabelled("3")
			.tapsButtonLabelled("2")
			.tapsButtonLabelled(text(language, "mobility.WALKS"))
			.tapsButtonLabelled(text(language, "danger.no"))
			.tapsButtonLabelled(text(language, "ready.NOW"))
			.tapsButtonLabelled(text(language, "destination.UNDECIDED-housed"))
			.tapsButtonLabelled(text(language, "answer.skip"))
			.tapsButtonLabelled(text(language, "summary.confirm"));

		assertThat(resident.lastKey()).isEqualTo("filed");
		// 17 answers before the notice, the needs and the destination took a tap less
		// each
		assertThat(resident.turns() - before).isLessThanOrEqualTo(13);
	}

	@Test
	void takesTheNoticeAsReadWhenWhomForIsAnswered() {
		Resident resident = this.bot.resident(Language.UK).command("start");

		assertThat(resident.lastKey()).isEqualTo("notice");
		assertThat(resident.lastReply().text()).startsWith(text(Language.UK, "notice", 30))
			.endsWith(text(Language.UK, "who.ask"));
		assertThat(resident.labels()).containsExactly(text(Language.UK, "who.SELF"),
				text(Language.UK, "who.SOMEONE_ELSE"));
		resident.tapsButtonLabelled(text(Language.UK, "who.SELF"));
		assertThat(resident.draft().isAnswered(Questionnaire.NOTICE)).isTrue();
		assertThat(resident.step()).isEqualTo(Questionnaire.SETTLEMENT);
	}

	@Test
	void goesOnFromAConversationLeftAtTheOldNotice() {
		ConversationState atNotice = new ConversationState(Language.UK, Questionnaire.NOTICE, Draft.empty(), "d", null);
		Resident resident = new Resident(this.bot.engine, 9, atNotice).taps("notice|ok");

		assertThat(resident.keys()).containsExactly("who.ask");
		assertThat(resident.step()).isEqualTo(Questionnaire.WHO);
	}

	@Test
	void asksTheSameQuestionsOfEveryoneInTheSameOrder() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		assertThat(resident.everyReply().stream().map(Reply::key)).containsExactly("notice", "settlement.ask",
				"address.ask-located", "phone.ask", "second-phone.ask", "household.ask", "children.ask", "needs.ask",
				"needs.ask", "danger.ask", "ready.ask", "destination.ask", "destination-oblast.ask",
				"accommodation.ask", "crew-note.ask", "summary");
	}

	@Test
	void filesOneRequestWhenConfirmIsTappedTwice() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		resident.taps("summary|confirm");
		resident.taps("summary|confirm");

		assertThat(this.bot.desk.filed()).hasSize(1);
		assertThat(resident.outcome().buttonNotice()).isEqualTo(text(Language.UK, "button.stale"));
		assertThat(resident.lastKey()).isEqualTo("idle.hint");
	}

	@Test
	void filesTheSameNumberWhenTheConfirmIsHandledAgain() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);
		ConversationState atSummary = resident.state();
		Turn confirm = new Turn(resident.chatId(), 77, new Incoming.ButtonPress("summary|confirm", 12));

		Outcome first = this.bot.engine.handle(atSummary, confirm);
		Outcome again = this.bot.engine.handle(atSummary, confirm);

		assertThat(this.bot.desk.filed()).hasSize(1);
		assertThat(first.replies().get(0).text()).contains("EV-1001");
		assertThat(again.replies().get(0).text()).contains("EV-1001");
		assertThat(this.bot.desk.onlyRequest().details()).isEqualTo(atSummary.draft().toDetails());
	}

	@Test
	void filesTwoRequestsOfTwoDrafts() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.command("start").taps("start|new");
		TestBot.walk(resident, Questionnaire.SUMMARY).taps("summary|confirm");

		assertThat(this.bot.desk.filed()).extracting(InMemoryResidentDesk.Filed::number)
			.containsExactly("EV-1001", "EV-1002");
		assertThat(resident.lastReply().text()).contains("EV-1002");
	}

	@Test
	void startsTheQuestionnaireAtOnceWhenANewcomerWritesAnything() {
		Resident resident = this.bot.resident(Language.UK).types("Допоможіть виїхати");

		assertThat(resident.step()).isEqualTo(Questionnaire.WHO);
		assertThat(resident.lastKey()).isEqualTo("notice");
	}

	@Test
	void passesOnWhatSomeoneWithAnOpenRequestWritesToTheVolunteers() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.types("Коли приїдуть?");

		assertThat(resident.lastKey()).isEqualTo("thread.received");
		assertThat(resident.lastReply().text()).contains("EV-1001");
		assertThat(this.bot.desk.leftMessages).containsExactly(resident.chatId() + ": Коли приїдуть?");
		assertThat(resident.state().isIdle()).isTrue();
	}

	@Test
	void remindsOfTheOpenRequestWhenSomeoneIdleSendsWhatCannotBePassedOn() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.sends(new Incoming.Unsupported("sticker"));

		assertThat(resident.lastKey()).isEqualTo("idle.has-request");
		assertThat(resident.lastReply().text()).contains("EV-1001").contains(text(Language.UK, "status.NEW"));
		assertThat(resident.state().isIdle()).isTrue();
	}

	@Test
	void startsANewQuestionnaireWhenSomeoneWhoseRequestIsClosedWrites() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);
		this.bot.desk.changeStatus("EV-1001", RequestStatus.EVACUATED);

		resident.types("Знову потрібна допомога");

		assertThat(resident.step()).isEqualTo(Questionnaire.WHO);
	}

	@Test
	void goesOnAtTheNextQuestionWhenTheStoredOneNoLongerExists() {
		Draft draft = this.bot.residentAt(Questionnaire.HOUSEHOLD).draft();
		ConversationState stored = new ConversationState(Language.UK, "a-question-since-removed", draft, "1-1", null);
		Resident resident = new Resident(this.bot.engine, Resident.CHAT_ID, stored);

		resident.types("3");

		assertThat(resident.step()).isEqualTo(Questionnaire.HOUSEHOLD);
		assertThat(resident.lastKey()).isEqualTo("household.ask");
		assertThat(resident.draft()).isEqualTo(draft);
	}

	@Test
	void resumesAStoredConversationWhereItWas() {
		ConversationState stored = this.bot.residentAt(Questionnaire.CHILDREN).state();
		Resident resident = new Resident(this.bot.engine, Resident.CHAT_ID, stored);

		resident.types("2");

		assertThat(resident.step()).isEqualTo(Questionnaire.NEEDS);
		assertThat(resident.draft().children()).isEqualTo(2);
	}

	@Test
	void continuesOnTheOldNoticeWhenTheResidentTypesInsteadOfTapping() {
		Resident resident = this.bot.residentAtTheOldNotice(Language.UK).types("так");

		assertThat(resident.step()).isEqualTo(Questionnaire.WHO);
	}

	@Test
	void asksToTapContinueWhenTheOldNoticeGetsALocation() {
		Resident resident = this.bot.residentAtTheOldNotice(Language.UK)
			.sharesLocation(TestBot.BAKHMUT_LAT, TestBot.BAKHMUT_LON);

		assertThat(resident.step()).isEqualTo(Questionnaire.NOTICE);
		assertThat(resident.lastKey()).isEqualTo("invalid.tap-continue");
	}

	@Test
	void sendsNoAcknowledgementOfItsOwnWhenLeavingTheBigKeyboard() {
		Resident resident = this.bot.residentAt(Questionnaire.PHONE);
		assertThat(resident.lastReply().keyboard()).isInstanceOf(Keyboard.Reply.class);

		resident.types("050 123 45 67");

		assertThat(resident.keys()).containsExactly("second-phone.ask");
		assertThat(resident.lastReply().keyboard()).isInstanceOf(Keyboard.Inline.class);
	}

	@Test
	void takesTheBigKeyboardAwayWithTheNextQuestionWhenThatHasNoButtons() {
		Resident resident = this.bot.residentAt(Questionnaire.SETTLEMENT).types("Бахмут");

		assertThat(resident.keys()).containsExactly("address.ask");
		assertThat(resident.lastReply().keyboard()).isEqualTo(Keyboard.REMOVE);
	}

	@Test
	void showsTheResidentsOwnHotlinesWithTheFiledRequest() {
		Resident resident = this.bot.residentWithFiledRequest(Language.EN);

		assertThat(resident.lastReply().text()).contains("112").contains("+380665615102");
	}

	@Test
	void keepsEveryAnswerOfTheDraftInTheRequest() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);
		Draft draft = resident.draft();

		resident.taps("summary|confirm");

		RequestDetails details = this.bot.desk.onlyRequest().details();
		assertThat(details.address()).isEqualTo(TestBot.ADDRESS);
		assertThat(details.needs()).isEqualTo(Set.of(SpecialNeed.ELDERLY));
		assertThat(details).isEqualTo(draft.toDetails());
		assertThat(List.of(details.householdSize(), details.children())).containsExactly(3, 2);
	}

	@Test
	void sendsWhatToBringWithTheFiledRequest() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		assertThat(resident.lastReply().text()).contains(text(Language.UK, "filed.checklist"))
			.contains("• Не більше двох сумок на людину")
			.contains("• Ліки на тиждень і рецепти");
	}

	/** The resident answers, and gets one message back: the next question. */
	private static void answers(Resident resident, java.util.function.Consumer<Resident> answer, String next) {
		answer.accept(resident);
		assertThat(resident.keys()).as("what the bot sent back").containsExactly(next);
		if (resident.lastTurn().incoming() instanceof Incoming.SharedLocation
				|| resident.lastTurn().incoming() instanceof Incoming.SharedContact) {
			// the big keyboard used is hidden (one-time) or replaced by this very message
			assertThat(resident.lastReply().keyboard()).isNotInstanceOf(Keyboard.None.class);
		}
	}

}
