package org.evac.bot.conversation;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.evac.domain.i18n.Language;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.request.DestinationKind;
import org.evac.domain.request.Mobility;
import org.evac.domain.request.PetKind;
import org.evac.domain.request.Readiness;
import org.evac.domain.request.SpecialNeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Answers that decide which questions follow (the household's size, the needs ticked, the
 * kind of destination), and changing any answer from the summary.
 */
class ConversationEngineChangesTest {

	private final TestBot bot = new TestBot();

	@Test
	void skipsTheChildrenQuestionForAHouseholdOfOne() {
		Resident resident = this.bot.residentAt(Questionnaire.HOUSEHOLD);

		resident.tapsButtonLabelled("1");

		assertThat(resident.step()).isEqualTo(Questionnaire.NEEDS);
		assertThat(resident.draft().children()).isZero();
		TestBot.walk(resident, Questionnaire.SUMMARY);
		assertThat(resident.buttonData()).doesNotContain("summary|edit:children").contains("summary|edit:household");
		assertThat(resident.lastReply().text()).contains(text(Language.UK, "summary.people", 1, 0));
	}

	@Test
	void refusesToEditTheChildrenOfAHouseholdOfOne() {
		Resident resident = this.bot.residentAt(Questionnaire.HOUSEHOLD).tapsButtonLabelled("1");
		TestBot.walk(resident, Questionnaire.SUMMARY);
		Draft draft = resident.draft();

		resident.taps("summary|edit:children");

		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(resident.lastKey()).isEqualTo("summary.tap-a-button");
		assertThat(resident.draft()).isEqualTo(draft);
	}

	@ParameterizedTest
	@CsvSource({ "4, children.ask, children", "2, children.ask, children", "1, summary, summary",
			"3, summary, summary" })
	void asksTheChildrenAgainWhenTheHouseholdChangesFromTheSummary(String size, String key, String step) {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		resident.tapsButtonLabelled(text(Language.UK, "summary.edit.household")).tapsButtonLabelled(size);

		assertThat(resident.lastKey()).isEqualTo(key);
		assertThat(resident.step()).isEqualTo(step);
		assertThat(resident.draft().householdSize()).isEqualTo(Integer.valueOf(size));
	}

	@Test
	void keepsTheChildrenWhenTheHouseholdStaysTheSame() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		resident.taps("summary|edit:household").taps("household|3");

		assertThat(resident.draft().children()).isEqualTo(2);
	}

	@Test
	void asksTheChildrenOfANewHouseholdThenReturnsToTheSummary() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		resident.taps("summary|edit:household").types("7");
		assertThat(resident.step()).isEqualTo(Questionnaire.CHILDREN);
		assertThat(resident.buttonData()).containsExactly("children|0", "children|1", "children|2", "children|3",
				"children|4", "children|5");
		resident.types("6");

		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(resident.lastReply().text()).contains(text(Language.UK, "summary.people", 7, 6));
	}

	@Test
	void ticksANeedInTheSameMessage() {
		Resident resident = this.bot.residentAt(Questionnaire.NEEDS);
		int needsMessage = resident.lastMessageWithButtons();
		assertThat(resident.lastReply().editMessageId()).isNull();
		assertThat(resident.buttonData()).last().isEqualTo("needs|STRETCHER");

		resident.tapsButtonLabelled(text(Language.UK, "need.ELDERLY"));

		assertThat(resident.step()).isEqualTo(Questionnaire.NEEDS);
		assertThat(resident.draft().needs()).containsExactly(SpecialNeed.ELDERLY);
		assertThat(resident.replies()).hasSize(1);
		assertThat(resident.lastReply().editMessageId()).isEqualTo(needsMessage);
		assertThat(resident.labels()).contains("✅ " + text(Language.UK, "need.ELDERLY"));
	}

	@Test
	void unticksANeedTappedTwice() {
		Resident resident = this.bot.residentAt(Questionnaire.NEEDS);
		int needsMessage = resident.lastMessageWithButtons();

		resident.taps("needs|ELDERLY").taps("needs|PETS").taps("needs|ELDERLY");

		assertThat(resident.step()).isEqualTo(Questionnaire.NEEDS);
		assertThat(resident.draft().needs()).containsExactly(SpecialNeed.PETS);
		assertThat(resident.lastReply().editMessageId()).isEqualTo(needsMessage);
		assertThat(resident.labels()).contains(text(Language.UK, "need.ELDERLY"),
				"✅ " + text(Language.UK, "need.PETS"));
	}

	@Test
	void clearsTheNeedsWhenNoneIsTappedOnAKeyboardSentBeforeMobilityJoinedThem() {
		Resident resident = this.bot.residentAt(Questionnaire.NEEDS);

		resident.taps("needs|ELDERLY").taps("needs|BEDRIDDEN").taps("needs|none");

		assertThat(resident.draft().needs()).isEmpty();
		assertThat(resident.step()).isEqualTo(Questionnaire.MOBILITY);
		assertThat(resident.lastReply().editMessageId()).isNull();
	}

	@Test
	void goesOnWithTheNeedsTickedWhenHowTheyMoveIsTapped() {
		Resident resident = this.bot.residentAt(Questionnaire.NEEDS);

		resident.taps("needs|MEDICAL").taps("needs|PREGNANCY").tapsButtonLabelled(text(Language.UK, "mobility.WALKS"));

		assertThat(resident.step()).isEqualTo(Questionnaire.DANGER);
		assertThat(resident.draft().needs()).containsExactlyInAnyOrder(SpecialNeed.MEDICAL, SpecialNeed.PREGNANCY);
		assertThat(resident.draft().answers().choice(Questionnaire.MOBILITY, Mobility.class)).isEqualTo(Mobility.WALKS);
		assertThat(resident.lastReply().editMessageId()).isNull();
	}

	@Test
	void offersNoBedriddenToTickForAStretcherSaysIt() {
		Resident resident = this.bot.residentAt(Questionnaire.NEEDS);
		assertThat(resident.buttonData()).doesNotContain("needs|BEDRIDDEN");

		resident.tapsButtonLabelled(text(Language.UK, "mobility.STRETCHER"));

		assertThat(resident.draft().needs()).containsExactly(SpecialNeed.BEDRIDDEN);
		assertThat(resident.step()).isEqualTo(Questionnaire.FLOOR);
	}

	@Test
	void forgetsBedriddenWhenTheyTurnOutToWalk() {
		Resident resident = TestBot.walk(this.bot.residentAt(Questionnaire.NEEDS).taps("needs|STRETCHER"),
				Questionnaire.SUMMARY);

		resident.taps("summary|edit:mobility").taps("mobility|WALKS");

		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(resident.draft().needs()).doesNotContain(SpecialNeed.BEDRIDDEN);
		assertThat(resident.draft().answers().number(Questionnaire.FLOOR)).isNull();
	}

	@Test
	void asksTheFloorAndTheLiftInOneTap() {
		Resident resident = this.bot.residentAt(Questionnaire.NEEDS).taps("needs|WHEELCHAIR");
		assertThat(resident.lastKey()).isEqualTo("floor.ask");

		resident.tapsButtonLabelled(text(Language.UK, "floor.with-lift", 4));

		assertThat(resident.draft().answers().number(Questionnaire.FLOOR)).isEqualTo(4);
		assertThat(resident.draft().answers().flag(Questionnaire.LIFT)).isTrue();
		assertThat(resident.step()).isEqualTo(Questionnaire.DANGER);
	}

	@Test
	void asksTheLiftOfAFloorTyped() {
		Resident resident = this.bot.residentAt(Questionnaire.NEEDS).taps("needs|WHEELCHAIR").types("9");

		assertThat(resident.draft().answers().number(Questionnaire.FLOOR)).isEqualTo(9);
		assertThat(resident.step()).isEqualTo(Questionnaire.LIFT);
	}

	@Test
	void takesDangerNowAsReadyNowAndLetsTheSummaryChangeIt() {
		Resident resident = this.bot.residentAt(Questionnaire.DANGER)
			.tapsButtonLabelled(text(Language.UK, "danger.yes"));

		assertThat(resident.step()).isEqualTo(Questionnaire.DESTINATION);
		assertThat(resident.draft().answers().choice(Questionnaire.READY, Readiness.class)).isEqualTo(Readiness.NOW);
		TestBot.walk(resident, Questionnaire.SUMMARY).taps("summary|edit:ready").taps("ready|LATER");
		assertThat(resident.draft().answers().choice(Questionnaire.READY, Readiness.class)).isEqualTo(Readiness.LATER);
		assertThat(resident.draft().answers().flag(Questionnaire.DANGER)).isTrue();
	}

	@Test
	void asksNoAccommodationWhenNotKnowingWhereToGoSaysIt() {
		Resident resident = this.bot.residentAt(Questionnaire.DESTINATION)
			.tapsButtonLabelled(text(Language.UK, "destination.UNDECIDED-housed"));

		assertThat(resident.step()).isEqualTo(Questionnaire.CREW_NOTE);
		assertThat(resident.draft().accommodationNeeded()).isFalse();
		assertThat(resident.draft().destinationKind()).isEqualTo(DestinationKind.UNDECIDED);
	}

	@Test
	void asksAgainWhatDependsOnWhomForWhenItChangesFromTheSummary() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		resident.tapsButtonLabelled(text(Language.UK, "summary.edit.who"))
			.tapsButtonLabelled(text(Language.UK, "who.SOMEONE_ELSE"));

		// the shared location was the writer's own place, and the number the writer's own
		assertThat(resident.step()).isEqualTo(Questionnaire.NAME);
		assertThat(resident.draft().location()).isNull();
		assertThat(resident.draft().phone()).isNull();
		resident.types("Ганна Петрівна").types("Бахмут").types(TestBot.ADDRESS).types("050 765 43 21");
		assertThat(resident.step()).isEqualTo(Questionnaire.FILER_PHONE);
		resident.types("+48 601 234 567");
		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(resident.lastReply().text()).contains(text(Language.UK, "summary.for-someone-else"));
		assertThat(resident.draft().secondPhone()).isNull();

		resident.taps("summary|edit:who").taps("who|SELF");
		assertThat(resident.step()).isEqualTo(Questionnaire.PHONE);
		assertThat(resident.draft().answers().text(Questionnaire.NAME)).isNull();
		assertThat(resident.draft().answers().text(Questionnaire.FILER_PHONE)).isNull();
		resident.sharesContact(TestBot.PHONE).tapsButtonLabelled(text(Language.UK, "second-phone.skip"));
		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(resident.draft().toDetails().forSomeoneElse()).isFalse();
	}

	@Test
	void changesNothingElseWhenWhomForIsTappedTheSame() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);
		Draft before = resident.draft();

		resident.taps("summary|edit:who").taps("who|SELF");

		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(resident.draft()).isEqualTo(before);
	}

	@Test
	void asksTheSaferTownWhenTheKindOfDestinationChangesFromTheSummary() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		resident.tapsButtonLabelled(text(Language.UK, "summary.edit.destination"))
			.tapsButtonLabelled(text(Language.UK, "destination.SAFER_TOWN", "Донецька область"));

		assertThat(resident.step()).isEqualTo(Questionnaire.DESTINATION_TOWN);
		assertThat(resident.draft().destinationOblast()).isNull();
		resident.tapsButtonLabelled("Дружківка");
		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(resident.draft().destinationTown().code()).isEqualTo("UA14120030010055241");
		assertThat(resident.lastReply().text()).contains(text(Language.UK, "summary.destination", "Дружківка"));
	}

	@Test
	void asksTheOblastWhenTheKindOfDestinationChangesBackFromTheSummary() {
		Resident resident = TestBot.walk(
				this.bot.residentAt(Questionnaire.DESTINATION_TOWN).taps("destination-town|UA14120030010055241"),
				Questionnaire.SUMMARY);

		resident.taps("summary|edit:destination").taps("destination|OTHER_OBLAST");

		assertThat(resident.step()).isEqualTo(Questionnaire.DESTINATION_OBLAST);
		assertThat(resident.draft().destinationTown()).isNull();
		resident.tapsButtonLabelled("Полтавська");
		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
	}

	@Test
	void asksTheDestinationAgainWhenTheHomeOblastChangesFromTheSummary() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		resident.taps("summary|edit:settlement").types("Дніпро");

		assertThat(resident.step()).isEqualTo(Questionnaire.DESTINATION);
		assertThat(resident.draft().destinationKind()).isNull();
		assertThat(resident.draft().destinationOblast()).isNull();
		resident.taps("destination|OTHER_OBLAST");
		assertThat(resident.buttonData()).doesNotContain("destination-oblast|" + TestBot.DNIPROPETROVSK);
	}

	static Stream<Arguments> singleChanges() {
		return Stream.of(
				change(Questionnaire.SETTLEMENT, r -> r.types("Краматорськ"),
						d -> d.withSettlement(new PlaceRef("UA14120090010038661", "Краматорськ"), List.of(), false)),
				change(Questionnaire.ADDRESS, r -> r.types("вул. Нова, 1"), d -> d.withAddress("вул. Нова, 1")),
				change(Questionnaire.ADDRESS, r -> r.taps("address|skip"), d -> d.withAddress(null)),
				change(Questionnaire.PHONE, r -> r.types("067 555 12 34"), d -> d.withPhone("+380675551234")),
				change(Questionnaire.PHONE, r -> r.sharesContact("380931112233"), d -> d.withPhone("+380931112233")),
				change(Questionnaire.SECOND_PHONE, r -> r.types("093 000 00 01"),
						d -> d.withSecondPhone("+380930000001")),
				change(Questionnaire.SECOND_PHONE, r -> r.taps("second-phone|skip"), d -> d),
				change(Questionnaire.CHILDREN, r -> r.taps("children|0"), d -> d.withHousehold(3, 0)),
				change(Questionnaire.NEEDS,
						r -> r.taps("needs|PETS")
							.taps("needs|done")
							.taps("pet-count|2")
							.taps("pet-kinds|DOG")
							.taps("pet-kinds|CAT")
							.taps("pet-kinds|done"),
						d -> d.withNeeds(Set.of(SpecialNeed.ELDERLY, SpecialNeed.PETS))
							.with(Questionnaire.PET_COUNT, 2)
							.with(Questionnaire.PET_KINDS, Set.of(PetKind.CAT, PetKind.DOG))
							.answer(Questionnaire.PET_COUNT)
							.answer(Questionnaire.PET_KINDS)),
				change(Questionnaire.MOBILITY, r -> r.taps("mobility|STRETCHER").taps("floor|3").taps("lift|no"),
						d -> d.with(Questionnaire.MOBILITY, Mobility.STRETCHER)
							.withNeeds(Set.of(SpecialNeed.ELDERLY, SpecialNeed.BEDRIDDEN))
							.with(Questionnaire.FLOOR, 3)
							.with(Questionnaire.LIFT, false)
							.answer(Questionnaire.FLOOR)
							.answer(Questionnaire.LIFT)),
				change(Questionnaire.MOBILITY, r -> r.taps("mobility|WHEELCHAIR").taps("floor|1"),
						d -> d.with(Questionnaire.MOBILITY, Mobility.WHEELCHAIR)
							.with(Questionnaire.FLOOR, 1)
							.answer(Questionnaire.FLOOR)),
				change(Questionnaire.DANGER, r -> r.types("так"), d -> d.with(Questionnaire.DANGER, true)),
				change(Questionnaire.READY, r -> r.taps("ready|NOW"), d -> d.with(Questionnaire.READY, Readiness.NOW)),
				change(Questionnaire.CREW_NOTE, r -> r.types("Третій під'їзд, код 12"),
						d -> d.with(Questionnaire.CREW_NOTE, "Третій під'їзд, код 12")),
				change(Questionnaire.NEEDS, r -> r.taps("needs|ELDERLY").taps("needs|WALKS"),
						d -> d.withNeeds(Set.of())),
				change(Questionnaire.DESTINATION, r -> r.taps("destination|UNDECIDED"),
						d -> d.withDestinationKind(DestinationKind.UNDECIDED)),
				change(Questionnaire.DESTINATION, r -> r.taps("destination|UNDECIDED:have"),
						d -> d.withDestinationKind(DestinationKind.UNDECIDED).withAccommodationNeeded(false)),
				change(Questionnaire.ACCOMMODATION, r -> r.taps("accommodation|have"),
						d -> d.withAccommodationNeeded(false)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("singleChanges")
	void returnsToTheSummaryWithTheOtherAnswersIntact(String step, Consumer<Resident> answer,
			UnaryOperator<Draft> changed) {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);
		Draft before = resident.draft();

		resident.tapsButtonLabelled(text(Language.UK, "summary.edit." + step));
		assertThat(resident.step()).isEqualTo(step);
		answer.accept(resident);

		assertThat(resident.step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(resident.lastKey()).isEqualTo("summary");
		assertThat(resident.draft()).isEqualTo(changed.apply(before));
	}

	@Test
	void showsEveryAnswerOnTheSummary() {
		Resident resident = this.bot.residentAt(Questionnaire.SUMMARY);

		assertThat(resident.lastReply().text())
			.contains(text(Language.UK, "summary.settlement", "Бахмут, Донецька область"))
			.contains(text(Language.UK, "summary.address", TestBot.ADDRESS))
			.contains(text(Language.UK, "summary.location"))
			.contains(text(Language.UK, "summary.phone", TestBot.PHONE))
			.contains(text(Language.UK, "summary.second-phone", "—"))
			.contains(text(Language.UK, "summary.people", 3, 2))
			.contains(text(Language.UK, "summary.needs", text(Language.UK, "need.ELDERLY")))
			.contains(text(Language.UK, "summary.destination", "Дніпропетровська область"))
			.contains(text(Language.UK, "summary.accommodation", text(Language.UK, "summary.accommodation.need")));
		assertThat(resident.buttonData()).first().isEqualTo("summary|confirm");
		// the name and the writer's own number are for someone else; floor, lift and pets
		// only when they apply
		assertThat(resident.buttonData()).hasSize(1 + Questionnaire.EDITABLE.size() - 6);
	}

	private static Arguments change(String step, Consumer<Resident> answer, UnaryOperator<Draft> changed) {
		return arguments(step, answer, changed);
	}

}
