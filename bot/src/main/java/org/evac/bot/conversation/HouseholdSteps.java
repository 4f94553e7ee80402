package org.evac.bot.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.evac.domain.request.Mobility;
import org.evac.domain.request.SpecialNeed;
import org.evac.outbox.Keyboard;

/** Who is leaving: how many people, how many children, who needs special help. */
final class HouseholdSteps {

	static final int MAX_HOUSEHOLD = 50;

	private static final int SIZE_BUTTONS = 6;

	private HouseholdSteps() {
	}

	static Step<Integer> household() {
		return new Step<Integer>(Questionnaire.HOUSEHOLD,
				(draft, c) -> c.reply("household.ask", numberButtons(Questionnaire.HOUSEHOLD, 1, SIZE_BUTTONS)),
				(incoming, draft, c) -> Answers.number(incoming, 1, MAX_HOUSEHOLD, "household.not-a-number",
						"household.out-of-range"),
				HouseholdSteps::applyHousehold, draft -> true, false);
	}

	/**
	 * One person has no children to count; a new size asks the children again, since the
	 * old count may no longer fit.
	 */
	private static Draft applyHousehold(Draft draft, Integer size, Context c) {
		if (size == 1) {
			return draft.withHousehold(1, 0).answer(Questionnaire.CHILDREN);
		}
		boolean changed = !Objects.equals(draft.householdSize(), size);
		Draft sized = draft.withHousehold(size, changed ? null : draft.children());
		return changed ? sized.unanswer(Questionnaire.CHILDREN) : sized;
	}

	static Step<Integer> children() {
		return new Step<Integer>(Questionnaire.CHILDREN,
				(draft, c) -> c.reply("children.ask",
						numberButtons(Questionnaire.CHILDREN, 0, Math.min(draft.householdSize(), 5))),
				HouseholdSteps::parseChildren, (draft, n, c) -> draft.withHousehold(draft.householdSize(), n),
				draft -> draft.householdSize() != null && draft.householdSize() > 1, false);
	}

	private static Parsed<Integer> parseChildren(Incoming incoming, Draft draft, Context c) {
		Parsed<Integer> parsed = Answers.number(incoming, 0, MAX_HOUSEHOLD, "children.not-a-number",
				"children.not-a-number");
		if (parsed instanceof Parsed.Ok<Integer> ok && ok.value() > draft.householdSize()) {
			return Parsed.invalid("children.more-than-household", draft.householdSize());
		}
		return parsed;
	}

	private static Keyboard numberButtons(String step, int from, int to) {
		List<Keyboard.InlineButton> buttons = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			buttons.add(new Keyboard.InlineButton(String.valueOf(n), Buttons.data(step, String.valueOf(n))));
		}
		return Keyboard.Inline.of(buttons, 3);
	}

	sealed interface NeedsAnswer {

		record Toggle(SpecialNeed need) implements NeedsAnswer {
		}

		/** How they move: the answer that finishes the question. */
		record Move(Mobility mobility) implements NeedsAnswer {
		}

		/** From a keyboard sent before the mobility buttons finished the question. */
		record None() implements NeedsAnswer {
		}

		/** From a keyboard sent before the mobility buttons finished the question. */
		record Done() implements NeedsAnswer {
		}

	}

	/**
	 * Who needs special help, and how they move, in one question: each tap on a need
	 * ticks or unticks it, and a tap on how they move finishes (so a household with no
	 * special needs answers with one tap). "Bedridden" is not a need of its own to tick:
	 * a stretcher says it.
	 */
	static Step<NeedsAnswer> needs() {
		return new Step<NeedsAnswer>(Questionnaire.NEEDS, HouseholdSteps::askNeeds, HouseholdSteps::parseNeeds,
				HouseholdSteps::applyNeeds, draft -> true, false);
	}

	private static Reply askNeeds(Draft draft, Context c) {
		List<Keyboard.InlineButton> buttons = new ArrayList<>();
		for (SpecialNeed need : SpecialNeed.values()) {
			if (need == SpecialNeed.BEDRIDDEN) {
				continue;
			}
			String label = c.text("need." + need.name());
			buttons.add(new Keyboard.InlineButton(draft.needs().contains(need) ? "✅ " + label : label,
					Buttons.data(Questionnaire.NEEDS, need.name())));
		}
		List<List<Keyboard.InlineButton>> rows = new ArrayList<>(Buttons.fitting(buttons, 2).rows());
		for (Mobility mobility : Mobility.values()) {
			rows.add(List
				.of(c.button("mobility." + mobility.name(), Buttons.data(Questionnaire.NEEDS, mobility.name()))));
		}
		return c.reply("needs.ask", new Keyboard.Inline(rows));
	}

	private static Parsed<NeedsAnswer> parseNeeds(Incoming incoming, Draft draft, Context c) {
		String value = Answers.button(incoming).orElse("");
		if (value.equals("none")) {
			return Parsed.ok(new NeedsAnswer.None());
		}
		if (value.equals("done")) {
			return Parsed.ok(new NeedsAnswer.Done());
		}
		for (SpecialNeed need : SpecialNeed.values()) {
			if (need.name().equals(value)) {
				return Parsed.ok(new NeedsAnswer.Toggle(need));
			}
		}
		for (Mobility mobility : Mobility.values()) {
			if (mobility.name().equals(value)) {
				return Parsed.ok(new NeedsAnswer.Move(mobility));
			}
		}
		return Parsed.invalid("invalid.choose-button");
	}

	private static Draft applyNeeds(Draft draft, NeedsAnswer answer, Context c) {
		if (answer instanceof NeedsAnswer.None) {
			return draft.withNeeds(Set.of());
		}
		if (answer instanceof NeedsAnswer.Move move) {
			return moving(draft, move.mobility()).answer(Questionnaire.MOBILITY);
		}
		if (answer instanceof NeedsAnswer.Toggle toggle) {
			Set<SpecialNeed> needs = draft.needs().isEmpty() ? EnumSet.noneOf(SpecialNeed.class)
					: EnumSet.copyOf(draft.needs());
			if (!needs.remove(toggle.need())) {
				needs.add(toggle.need());
			}
			// still choosing: the same question stays open
			return draft.withNeeds(needs).unanswer(Questionnaire.NEEDS);
		}
		return draft;
	}

	/** How they move, on its own: asked of drafts begun before it joined the needs. */
	static Step<Mobility> mobility() {
		Step<Mobility> choice = Questions.choice(Questionnaire.MOBILITY, Mobility.class, draft -> true);
		return new Step<Mobility>(Questionnaire.MOBILITY, choice.prompt(), choice.parser(),
				(draft, mobility, c) -> moving(draft, mobility), draft -> true, false);
	}

	/**
	 * A stretcher and "bedridden" say the same, so each implies the other; walking
	 * unaided makes the floor and the lift moot.
	 */
	private static Draft moving(Draft draft, Mobility mobility) {
		Set<SpecialNeed> needs = draft.needs().isEmpty() ? EnumSet.noneOf(SpecialNeed.class)
				: EnumSet.copyOf(draft.needs());
		if (mobility == Mobility.STRETCHER) {
			needs.add(SpecialNeed.BEDRIDDEN);
		}
		else {
			needs.remove(SpecialNeed.BEDRIDDEN);
		}
		Draft moved = draft.withNeeds(needs).with(Questionnaire.MOBILITY, mobility);
		return mobility.needsHelp() ? moved : moved.forget(Questionnaire.FLOOR, Questionnaire.LIFT);
	}

}
