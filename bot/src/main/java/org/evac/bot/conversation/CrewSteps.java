package org.evac.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evac.domain.request.Mobility;
import org.evac.domain.request.Readiness;
import org.evac.outbox.Keyboard;

/**
 * What the crew must know to carry people out, asked in as few taps as the answers allow:
 * the floor and the lift in one tap, and danger now meaning ready now.
 */
final class CrewSteps {

	/** Floors up to this one have a button each way (lift or not); higher are typed. */
	static final int FLOOR_BUTTONS = 5;

	private static final String WITH_LIFT = ":lift";

	private static final String NO_LIFT = ":nolift";

	private CrewSteps() {
	}

	static boolean needsHelpToMove(Draft draft) {
		Mobility mobility = draft.answers().choice(Questionnaire.MOBILITY, Mobility.class);
		return mobility != null && mobility.needsHelp();
	}

	/** The floor, and whether a lift works there when it is not the ground floor. */
	record Floor(int floor, Boolean lift) {
	}

	/**
	 * The floor and the lift in one tap: «1 or a house», then a row a floor, with a lift
	 * that works or without. A floor typed (a high one) leaves the lift to be asked.
	 */
	static Step<Floor> floor() {
		return new Step<Floor>(Questionnaire.FLOOR, CrewSteps::askFloor, CrewSteps::parseFloor, CrewSteps::applyFloor,
				CrewSteps::needsHelpToMove, false);
	}

	private static Reply askFloor(Draft draft, Context c) {
		List<List<Keyboard.InlineButton>> rows = new ArrayList<>();
		rows.add(List.of(c.button("floor.ground", Buttons.data(Questionnaire.FLOOR, "1"))));
		for (int floor = 2; floor <= FLOOR_BUTTONS; floor++) {
			rows.add(List.of(c.button("floor.with-lift", Buttons.data(Questionnaire.FLOOR, floor + WITH_LIFT), floor),
					c.button("floor.no-lift", Buttons.data(Questionnaire.FLOOR, floor + NO_LIFT), floor)));
		}
		return c.reply("floor.ask", new Keyboard.Inline(rows));
	}

	private static Parsed<Floor> parseFloor(Incoming incoming, Draft draft, Context c) {
		Optional<String> tapped = Answers.button(incoming);
		if (tapped.isPresent() && tapped.get().matches("\\d{1,2}(" + WITH_LIFT + "|" + NO_LIFT + ")")) {
			String value = tapped.get();
			int floor = Integer.parseInt(value.substring(0, value.indexOf(':')));
			return Parsed.ok(new Floor(floor, value.endsWith(WITH_LIFT)));
		}
		Parsed<Integer> number = Answers.number(incoming, 1, Questionnaire.MAX_FLOOR, "invalid.number",
				"invalid.number-range");
		return (number instanceof Parsed.Ok<Integer> ok) ? Parsed.ok(new Floor(ok.value(), null)) : Parsed
			.invalid(((Parsed.Invalid<Integer>) number).reasonKey(), ((Parsed.Invalid<Integer>) number).args());
	}

	private static Draft applyFloor(Draft draft, Floor floor, Context c) {
		Draft placed = draft.with(Questionnaire.FLOOR, floor.floor());
		if (floor.floor() == 1) {
			return placed.forget(Questionnaire.LIFT);
		}
		return (floor.lift() == null) ? placed.forget(Questionnaire.LIFT)
				: placed.with(Questionnaire.LIFT, floor.lift()).answer(Questionnaire.LIFT);
	}

	/** Whether the lift works, when the floor was typed rather than tapped. */
	static Step<Boolean> lift() {
		return Questions.yesNo(Questionnaire.LIFT,
				draft -> needsHelpToMove(draft) && draft.answers().number(Questionnaire.FLOOR) != null
						&& draft.answers().number(Questionnaire.FLOOR) > 1);
	}

	/**
	 * Danger now: people under fire leave as soon as a crew can come, so «yes» answers
	 * when they can be ready too («now»), which the summary shows and lets them change.
	 */
	static Step<Boolean> danger() {
		Step<Boolean> yesNo = Questions.yesNo(Questionnaire.DANGER, draft -> true);
		return new Step<Boolean>(Questionnaire.DANGER, yesNo.prompt(), yesNo.parser(), (draft, danger, c) -> {
			Draft answered = draft.with(Questionnaire.DANGER, danger);
			return (danger && !draft.isAnswered(Questionnaire.READY))
					? answered.with(Questionnaire.READY, Readiness.NOW).answer(Questionnaire.READY) : answered;
		}, draft -> true, false);
	}

}
