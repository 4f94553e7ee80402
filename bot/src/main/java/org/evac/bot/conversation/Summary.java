package org.evac.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.evac.domain.place.Hotline;
import org.evac.domain.request.DestinationKind;
import org.evac.outbox.Keyboard;

/**
 * Every answer on one screen, each one changeable, and the button that files the request.
 */
final class Summary {

	static final String CONFIRM = "confirm";

	static final String EDIT_PREFIX = "edit:";

	private static final Questionnaire QUESTIONNAIRE = new Questionnaire();

	private Summary() {
	}

	/**
	 * The answers of questions of their own, each in a line of its own when the messages
	 * have {@code summary.answer.<id>}, in the order they were given.
	 */
	private static void answers(StringBuilder text, Draft draft, Context c) {
		draft.answers().values().forEach((id, value) -> {
			String key = "summary.answer." + id;
			if (c.messages().has(key) && QUESTIONNAIRE.applies(id, draft)) {
				line(text, c, key, shown(id, value, c));
			}
		});
	}

	private static String shown(String id, Object value, Context c) {
		if (value instanceof Boolean yes) {
			return c.text(id + (yes ? ".yes" : ".no"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(v -> shown(id, v, c)).collect(Collectors.joining(", "));
		}
		String label = id + "." + value;
		return (value instanceof String && c.messages().has(label)) ? c.text(label) : String.valueOf(value);
	}

	static Reply ask(Draft draft, Context c) {
		StringBuilder text = new StringBuilder(c.text("summary.title")).append("\n\n");
		if (WhoSteps.forSomeoneElse(draft)) {
			line(text, c, "summary.for-someone-else");
		}
		line(text, c, "summary.settlement", place(draft, c));
		if (OccupiedNotice.applies(draft, c)) {
			line(text, c, "summary.occupied");
		}
		line(text, c, "summary.address", orDash(draft.address(), c));
		if (draft.location() != null) {
			line(text, c, "summary.location");
		}
		line(text, c, "summary.phone", (draft.phone() == null) ? c.text("phone.none") : draft.phone());
		if (QUESTIONNAIRE.applies(Questionnaire.SECOND_PHONE, draft)) {
			line(text, c, "summary.second-phone", orDash(draft.secondPhone(), c));
		}
		line(text, c, "summary.people", draft.householdSize(), draft.children() == null ? 0 : draft.children());
		line(text, c, "summary.needs", needs(draft, c));
		answers(text, draft, c);
		line(text, c, "summary.destination", destination(draft, c));
		line(text, c, "summary.accommodation", c.text(Boolean.TRUE.equals(draft.accommodationNeeded())
				? "summary.accommodation.need" : "summary.accommodation.have"));
		text.append('\n').append(c.text("summary.hint"));

		List<Keyboard.InlineButton> edits = new ArrayList<>();
		for (String step : Questionnaire.EDITABLE) {
			if (QUESTIONNAIRE.applies(step, draft)) {
				edits.add(c.button("summary.edit." + step, Buttons.data(Questionnaire.SUMMARY, EDIT_PREFIX + step)));
			}
		}
		List<List<Keyboard.InlineButton>> rows = new ArrayList<>();
		rows.add(List.of(c.button("summary.confirm", Buttons.data(Questionnaire.SUMMARY, CONFIRM))));
		rows.addAll(Buttons.fitting(edits, 2).rows());
		return new Reply("summary", text.toString(), new Keyboard.Inline(rows));
	}

	private static void line(StringBuilder text, Context c, String key, Object... args) {
		text.append(c.text(key, args)).append('\n');
	}

	private static String orDash(String value, Context c) {
		return (value == null || value.isBlank()) ? c.text("summary.not-given") : value;
	}

	private static String place(Draft draft, Context c) {
		String settlement = PlaceSteps.settlementName(draft, c);
		String oblast = (draft.oblast() == null) ? ""
				: c.directory()
					.oblast(draft.oblast().code())
					.map(o -> o.names().in(c.language()))
					.orElse(draft.oblast().name());
		return oblast.isEmpty() ? settlement : settlement + ", " + oblast;
	}

	private static String needs(Draft draft, Context c) {
		if (draft.needs().isEmpty()) {
			return c.text("summary.needs.none");
		}
		return draft.needs().stream().sorted().map(n -> c.text("need." + n.name())).collect(Collectors.joining(", "));
	}

	private static String destination(Draft draft, Context c) {
		if (draft.destinationKind() == null || draft.destinationKind() == DestinationKind.UNDECIDED) {
			return c.text("summary.destination.undecided");
		}
		if (draft.destinationKind() == DestinationKind.OTHER_OBLAST && draft.destinationOblast() != null) {
			return c.directory()
				.oblast(draft.destinationOblast().code())
				.map(o -> o.names().in(c.language()))
				.orElse(draft.destinationOblast().name());
		}
		if (draft.destinationTown() != null) {
			return c.directory()
				.saferTown(draft.destinationTown().code())
				.map(t -> t.names().in(c.language()))
				.orElse(draft.destinationTown().name());
		}
		return c.text("summary.not-given");
	}

	/** The phone numbers to call, for the resident's oblast and everywhere. */
	static String hotlines(String oblastCode, Context c) {
		List<Hotline> hotlines = c.directory().hotlines(oblastCode);
		StringBuilder text = new StringBuilder(c.text("hotlines.title"));
		for (Hotline hotline : hotlines) {
			String name = hotline.names().in(c.language());
			// a line for one front must not read as the whole oblast's
			text.append('\n')
				.append((hotline.area() == null) ? c.text("hotlines.line", name, hotline.phone())
						: c.text("hotlines.line-area", name, hotline.area().in(c.language()), hotline.phone()));
		}
		return text.toString();
	}

}
