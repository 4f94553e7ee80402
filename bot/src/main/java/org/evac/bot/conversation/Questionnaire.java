package org.evac.bot.conversation;

import java.util.List;
import java.util.Optional;

import org.evac.domain.request.PetKind;
import org.evac.domain.request.Readiness;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.SpecialNeed;

/**
 * The questions, in the order they are asked. The next question is always the first one
 * that applies and is not answered yet; when none is left, the summary follows. So adding
 * a question is one line here and its message keys: its answer is kept under its id (see
 * {@link Questions} for the ready-made kinds), and goes into the request as it is.
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

	static final String WHO = RequestDetails.WHO;

	static final String NAME = RequestDetails.NAME;

	static final String FILER_PHONE = RequestDetails.FILER_PHONE;

	static final String MOBILITY = RequestDetails.MOBILITY;

	static final String FLOOR = RequestDetails.FLOOR;

	static final String LIFT = RequestDetails.LIFT;

	static final String PET_COUNT = RequestDetails.PET_COUNT;

	static final String PET_KINDS = RequestDetails.PET_KINDS;

	static final String DANGER = RequestDetails.DANGER;

	static final String READY = RequestDetails.READY;

	static final String CREW_NOTE = RequestDetails.CREW_NOTE;

	static final int MAX_CREW_NOTE = 500;

	static final int MAX_FLOOR = 40;

	static final int MAX_PETS = 20;

	private final List<Step<?>> steps = List.of(NoticeStep.step(), WhoSteps.who(), WhoSteps.name(),
			PlaceSteps.settlement(), PlaceSteps.settlementChoice(), PlaceSteps.oblast(), PlaceSteps.address(),
			ContactSteps.phone(), ContactSteps.secondPhone(), WhoSteps.filerPhone(), HouseholdSteps.household(),
			HouseholdSteps.children(), HouseholdSteps.needs(), HouseholdSteps.mobility(), CrewSteps.floor(),
			CrewSteps.lift(),
			Questions.number(PET_COUNT, 1, MAX_PETS, 6, draft -> draft.needs().contains(SpecialNeed.PETS)),
			Questions.several(PET_KINDS, PetKind.class, draft -> draft.needs().contains(SpecialNeed.PETS)),
			CrewSteps.danger(), Questions.choice(READY, Readiness.class, draft -> true), DestinationSteps.destination(),
			DestinationSteps.destinationOblast(), DestinationSteps.destinationTown(), DestinationSteps.accommodation(),
			Questions.optionalText(CREW_NOTE, MAX_CREW_NOTE, draft -> true));

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
	static final List<String> EDITABLE = List.of(WHO, NAME, SETTLEMENT, ADDRESS, PHONE, SECOND_PHONE, FILER_PHONE,
			HOUSEHOLD, CHILDREN, NEEDS, MOBILITY, FLOOR, LIFT, PET_COUNT, PET_KINDS, DANGER, READY, DESTINATION,
			ACCOMMODATION, CREW_NOTE);

}
