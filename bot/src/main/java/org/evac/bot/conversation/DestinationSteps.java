package org.evac.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import org.evac.domain.place.Oblast;
import org.evac.domain.place.SaferTown;
import org.evac.domain.request.DestinationKind;
import org.evac.outbox.Keyboard;

/**
 * Where the household wants to go. Another oblast (never their own), a safer town of
 * their own oblast (when the seed data knows some), or not sure yet; then whether they
 * have a place to stay.
 */
final class DestinationSteps {

	private DestinationSteps() {
	}

	/**
	 * The kind of destination; not knowing yet comes in two buttons, with a place to stay
	 * or without, so that the accommodation question is not asked as well.
	 *
	 * @param accommodationNeeded known with the kind, or null to be asked
	 */
	record DestinationAnswer(DestinationKind kind, Boolean accommodationNeeded) {
	}

	private static final String NEED = ":need";

	private static final String HAVE = ":have";

	static Step<DestinationAnswer> destination() {
		return new Step<DestinationAnswer>(Questionnaire.DESTINATION, DestinationSteps::askKind,
				DestinationSteps::parseKind, DestinationSteps::applyKind, draft -> true, false);
	}

	private static Draft applyKind(Draft draft, DestinationAnswer answer, Context c) {
		Draft kind = draft.withDestinationKind(answer.kind());
		return (answer.accommodationNeeded() == null) ? kind
				: kind.withAccommodationNeeded(answer.accommodationNeeded()).answer(Questionnaire.ACCOMMODATION);
	}

	private static List<DestinationKind> offeredKinds(Draft draft, Context c) {
		List<DestinationKind> kinds = new ArrayList<>(List.of(DestinationKind.OTHER_OBLAST));
		if (!saferTowns(draft, c).isEmpty()) {
			kinds.add(DestinationKind.SAFER_TOWN);
		}
		kinds.add(DestinationKind.UNDECIDED);
		return kinds;
	}

	private static Reply askKind(Draft draft, Context c) {
		String ownOblast = (draft.oblast() == null) ? ""
				: c.directory().oblast(draft.oblast().code()).map(o -> o.names().in(c.language())).orElse("");
		List<Keyboard.InlineButton> buttons = new ArrayList<>();
		for (DestinationKind kind : offeredKinds(draft, c)) {
			String data = Buttons.data(Questionnaire.DESTINATION, kind.name());
			if (kind == DestinationKind.UNDECIDED) {
				buttons.add(c.button("destination.UNDECIDED", data + NEED));
				buttons.add(c.button("destination.UNDECIDED-housed", data + HAVE));
			}
			else {
				buttons.add(c.button("destination." + kind.name(), data, ownOblast));
			}
		}
		return c.reply("destination.ask", Keyboard.Inline.of(buttons, 1));
	}

	private static Parsed<DestinationAnswer> parseKind(Incoming incoming, Draft draft, Context c) {
		String value = Answers.button(incoming).orElse("");
		Boolean needed = value.endsWith(NEED) ? Boolean.TRUE : value.endsWith(HAVE) ? Boolean.FALSE : null;
		String kindName = value.replace(NEED, "").replace(HAVE, "");
		return offeredKinds(draft, c).stream()
			.filter(kind -> kind.name().equals(kindName))
			.findFirst()
			.map(kind -> Parsed.ok(new DestinationAnswer(kind, (kind == DestinationKind.UNDECIDED) ? needed : null)))
			.orElseGet(() -> Parsed.invalid("invalid.choose-button"));
	}

	static Step<Oblast> destinationOblast() {
		return new Step<Oblast>(Questionnaire.DESTINATION_OBLAST, DestinationSteps::askOblast,
				(incoming, draft, c) -> Answers.choice(incoming, destinations(draft, c), Oblast::code, Oblast::names),
				(draft, oblast, c) -> draft.withDestination(oblast.ref(), null),
				draft -> draft.destinationKind() == DestinationKind.OTHER_OBLAST, false);
	}

	private static List<Oblast> destinations(Draft draft, Context c) {
		return c.directory().destinationsFrom(draft.oblast() == null ? null : draft.oblast().code());
	}

	private static Reply askOblast(Draft draft, Context c) {
		List<Keyboard.InlineButton> buttons = destinations(draft, c).stream()
			.map(o -> new Keyboard.InlineButton(o.names().in(c.language()),
					Buttons.data(Questionnaire.DESTINATION_OBLAST, o.code())))
			.toList();
		return c.reply("destination-oblast.ask", Buttons.places(buttons));
	}

	static Step<SaferTown> destinationTown() {
		return new Step<SaferTown>(Questionnaire.DESTINATION_TOWN, DestinationSteps::askTown,
				(incoming, draft, c) -> Answers.choice(incoming, saferTowns(draft, c), SaferTown::code,
						SaferTown::names),
				(draft, town, c) -> draft.withDestination(draft.oblast(), town.ref()),
				draft -> draft.destinationKind() == DestinationKind.SAFER_TOWN, false);
	}

	/** The safer towns of the resident's oblast, but not the one they are leaving. */
	private static List<SaferTown> saferTowns(Draft draft, Context c) {
		if (draft.oblast() == null || draft.oblast().code() == null) {
			return List.of();
		}
		String home = (draft.settlement() == null) ? null : draft.settlement().code();
		return c.directory()
			.saferTowns(draft.oblast().code())
			.stream()
			.filter(town -> !town.code().equals(home))
			.toList();
	}

	private static Reply askTown(Draft draft, Context c) {
		List<Keyboard.InlineButton> buttons = saferTowns(draft, c).stream()
			.map(t -> new Keyboard.InlineButton(t.names().in(c.language()),
					Buttons.data(Questionnaire.DESTINATION_TOWN, t.code())))
			.toList();
		return c.reply("destination-town.ask", Buttons.places(buttons));
	}

	static Step<Boolean> accommodation() {
		return new Step<Boolean>(Questionnaire.ACCOMMODATION,
				(draft, c) -> c.reply("accommodation.ask",
						Keyboard.Inline.column(
								c.button("accommodation.have", Buttons.data(Questionnaire.ACCOMMODATION, "have")),
								c.button("accommodation.need", Buttons.data(Questionnaire.ACCOMMODATION, "need")))),
				(incoming, draft, c) -> {
					String value = Answers.button(incoming).orElse("");
					return value.equals("have") || value.equals("need") ? Parsed.ok(value.equals("need"))
							: Parsed.invalid("invalid.choose-button");
				}, (draft, needed, c) -> draft.withAccommodationNeeded(needed), draft -> true, false);
	}

}
