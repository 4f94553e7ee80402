package org.evac.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The questions, in the order they are asked. The next question is always the first one
 * that applies and is not answered yet; when none is left, the summary follows. So adding
 * a question is one line here, one message key and one field of the {@link Draft}.
 */
final class Questionnaire {

	static final String NOTICE = "notice";

	static final String SETTLEMENT = "settlement";

	static final String SETTLEMENT_CHOICE = "settlement-choice";

	static final String OBLAST = "oblast";

	static final String ADDRESS = "address";

	static final String PHONE = "phone";

	static final String SECOND_PHONE = "second-phone";

	static final String HOUSEHOLD = "household";

	static final String CHILDREN = "children";

	static final String NEEDS = "needs";

	static final String DESTINATION = "destination";

	static final String DESTINATION_OBLAST = "destination-oblast";

	static final String DESTINATION_TOWN = "destination-town";

	static final String ACCOMMODATION = "accommodation";

	static final String SUMMARY = "summary";

	private final List<Step<?>> steps = List.of(NoticeStep.step(), PlaceSteps.settlement(),
			PlaceSteps.settlementChoice(), PlaceSteps.oblast(), PlaceSteps.address(), ContactSteps.phone(),
			ContactSteps.secondPhone(), HouseholdSteps.household(), HouseholdSteps.children(), HouseholdSteps.needs(),
			DestinationSteps.destination(), DestinationSteps.destinationOblast(), DestinationSteps.destinationTown(),
			DestinationSteps.accommodation());

	/** The question to ask next, or {@link #SUMMARY} when every one is answered. */
	String next(Draft draft) {
		return this.steps.stream()
			.filter(s -> s.when().test(draft) && !draft.isAnswered(s.id()))
			.map(Step::id)
			.findFirst()
			.orElse(SUMMARY);
	}

	/** The ids of every question, in order. */
	List<String> ids() {
		return this.steps.stream().map(Step::id).toList();
	}

	/** Whether the question is asked of this draft at all. */
	boolean applies(String id, Draft draft) {
		return step(id).map(s -> s.when().test(draft)).orElse(false);
	}

	Optional<Step<?>> step(String id) {
		return this.steps.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/** The questions a resident may go back to from the summary. */
	static final List<String> EDITABLE = List.of(SETTLEMENT, ADDRESS, PHONE, SECOND_PHONE, HOUSEHOLD, CHILDREN, NEEDS,
			DESTINATION, ACCOMMODATION);

}
