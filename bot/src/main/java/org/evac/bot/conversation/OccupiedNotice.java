package org.evac.bot.conversation;

/**
 * What a resident of an occupied place is told: plainly, that crews cannot go there, and
 * whom to call. The request is taken all the same.
 */
final class OccupiedNotice {

	private OccupiedNotice() {
	}

	/** The resident's settlement is marked occupied by coordinators. */
	static boolean applies(Draft draft, Context c) {
		return draft.settlement() != null && draft.settlement().code() != null
				&& c.directory().isOccupied(draft.settlement().code());
	}

	static String text(Draft draft, Context c) {
		String oblast = (draft.oblast() == null) ? null : draft.oblast().code();
		return c.text("settlement.occupied", PlaceSteps.settlementName(draft, c)) + "\n\n"
				+ Summary.hotlines(oblast, c);
	}

}
