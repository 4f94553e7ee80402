package org.evac.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evac.domain.i18n.Language;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.Nearby;
import org.evac.domain.place.Oblast;
import org.evac.domain.place.PlaceMatch;
import org.evac.domain.place.PlaceMatcher;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.Settlement;
import org.evac.outbox.Keyboard;

/**
 * Where the household is: the settlement (typed or from a shared location) and address.
 */
final class PlaceSteps {

	static final int MAX_SETTLEMENT = 100;

	static final int MAX_ADDRESS = 300;

	/** More candidates than this and the resident is better off naming the oblast. */
	static final int MAX_CANDIDATES = PlaceMatcher.MAX_CANDIDATES;

	/** None of the namesakes offered: the oblast is asked. */
	private static final String NONE = "none";

	/** Not the place guessed: the resident types the name again. */
	private static final String OTHER = "other";

	private PlaceSteps() {
	}

	sealed interface SettlementAnswer {

		record Typed(String name) implements SettlementAnswer {
		}

		record Located(GeoPoint point) implements SettlementAnswer {
		}

	}

	static Step<SettlementAnswer> settlement() {
		return new Step<SettlementAnswer>(Questionnaire.SETTLEMENT, PlaceSteps::askSettlement,
				PlaceSteps::parseSettlement, PlaceSteps::applySettlement, draft -> true, true);
	}

	private static Reply askSettlement(Draft draft, Context c) {
		Keyboard keyboard = new Keyboard.Reply(List.of(List
			.of(new Keyboard.ReplyButton(c.text("settlement.share-location"), Keyboard.ReplyButtonKind.LOCATION))));
		if (draft.location() != null && draft.settlement() == null) {
			return askForTheVillage(draft.location(), keyboard, c);
		}
		String key = rejectedName(draft).isPresent() ? "settlement.type-again" : "settlement.ask";
		return c.reply(key, keyboard);
	}

	/**
	 * A shared location with no settlement of its own near: the hromada it is likely in
	 * is named, as an area, and the resident types the village.
	 */
	private static Reply askForTheVillage(GeoPoint location, Keyboard keyboard, Context c) {
		Optional<Settlement> hromada = c.directory().hromadaAround(location);
		if (hromada.isEmpty()) {
			return c.reply("settlement.type-name", keyboard);
		}
		Settlement s = hromada.get();
		String oblast = c.directory().oblast(s.oblastCode()).map(o -> o.names().in(c.language())).orElse("");
		// «Миколаївської громади» in Ukrainian; the other bundles quote the name as it is
		String name = (c.language() == Language.UK) ? HromadaNames.genitive(s.hromada()) : s.hromada();
		return c.reply("settlement.type-name-hromada", keyboard, name, s.raion(), oblast);
	}

	private static Parsed<SettlementAnswer> parseSettlement(Incoming incoming, Draft draft, Context c) {
		if (incoming instanceof Incoming.SharedLocation location) {
			try {
				return Parsed.ok(new SettlementAnswer.Located(new GeoPoint(location.lat(), location.lon())));
			}
			catch (IllegalArgumentException ex) {
				return Parsed.invalid("settlement.invalid");
			}
		}
		if (incoming instanceof Incoming.Text text) {
			Parsed<String> checked = FreeText.check(text.text(), MAX_SETTLEMENT);
			return (checked instanceof Parsed.Ok<String> ok) ? Parsed.ok(new SettlementAnswer.Typed(ok.value()))
					: Parsed.invalid(((Parsed.Invalid<String>) checked).reasonKey(),
							((Parsed.Invalid<String>) checked).args());
		}
		return Parsed.invalid("settlement.invalid");
	}

	private static Draft applySettlement(Draft draft, SettlementAnswer answer, Context c) {
		Draft cleared = draft.unanswer(Questionnaire.SETTLEMENT_CHOICE, Questionnaire.OBLAST);
		if (answer instanceof SettlementAnswer.Located located) {
			return applyLocation(cleared, located.point(), c);
		}
		String typed = ((SettlementAnswer.Typed) answer).name();
		// typed again after «another place»: its candidates were wrong, its oblast is
		// asked
		boolean typedAgain = rejectedName(draft).filter(typed.strip()::equalsIgnoreCase).isPresent();
		PlaceMatch match = typedAgain ? PlaceMatch.none() : c.directory().matchSettlement(typed);
		Optional<Settlement> certain = match.certainSettlement();
		if (certain.isPresent()) {
			return settle(cleared, certain.get(), c, false);
		}
		List<String> candidates = match.settlements().stream().limit(MAX_CANDIDATES).map(Settlement::code).toList();
		return cleared.withSettlement(PlaceRef.named(typed), candidates, false).withOblast(null);
	}

	/**
	 * The exact point is kept on the request. The nearest settlement with a point of its
	 * own is offered, to be confirmed with the address; with none near, the name is
	 * asked.
	 */
	private static Draft applyLocation(Draft draft, GeoPoint point, Context c) {
		Draft withPoint = draft.withLocation(point);
		Optional<Nearby> nearest = c.directory().nearestSettlement(point);
		if (nearest.isEmpty()) {
			return withPoint.withSettlement(null, List.of(), false).unanswer(Questionnaire.SETTLEMENT);
		}
		return settle(withPoint, nearest.get().settlement(), c, true);
	}

	/**
	 * The name typed before «another place» was tapped: kept unconfirmed, with neither
	 * candidates nor an oblast.
	 */
	private static Optional<String> rejectedName(Draft draft) {
		boolean rejected = draft.settlement() != null && draft.settlement().code() == null
				&& draft.settlementCandidates().isEmpty() && !draft.isAnswered(Questionnaire.OBLAST);
		return rejected ? Optional.of(draft.settlement().name().strip()) : Optional.empty();
	}

	private static Draft settle(Draft draft, Settlement settlement, Context c, boolean fromLocation) {
		PlaceRef oblast = c.directory()
			.oblast(settlement.oblastCode())
			.map(Oblast::ref)
			.orElse(new PlaceRef(settlement.oblastCode(), null));
		Draft settled = draft.withSettlement(settlement.ref(), List.of(), fromLocation).withOblast(oblast);
		boolean goingHome = settled.destinationTown() != null
				&& settlement.code().equals(settled.destinationTown().code());
		// the safer town chosen is where they live: the destination is asked again
		return goingHome ? settled.withDestinationKind(null).unanswer(Questionnaire.DESTINATION) : settled;
	}

	/**
	 * The place forgotten, to be asked again: settlement, point and address. The oblast
	 * stays until the new place replaces it, so a place in the same oblast keeps the
	 * destination chosen.
	 */
	static Draft forgetPlace(Draft draft) {
		return draft.withSettlement(null, List.of(), false)
			.withLocation(null)
			.withAddress(null)
			.unanswer(Questionnaire.SETTLEMENT, Questionnaire.SETTLEMENT_CHOICE, Questionnaire.OBLAST,
					Questionnaire.ADDRESS);
	}

	static Step<String> settlementChoice() {
		return new Step<String>(Questionnaire.SETTLEMENT_CHOICE, PlaceSteps::askSettlementChoice,
				PlaceSteps::parseSettlementChoice, PlaceSteps::applySettlementChoice,
				draft -> !draft.settlementCandidates().isEmpty(), false);
	}

	/**
	 * Several places of the very name typed: which one (or none: then the oblast). Any
	 * other guess is a question: «Did you mean ...?», or «another place» to type again.
	 */
	private static Reply askSettlementChoice(Draft draft, Context c) {
		List<Settlement> candidates = draft.settlementCandidates()
			.stream()
			.flatMap(code -> c.directory().settlement(code).stream())
			.toList();
		List<Keyboard.InlineButton> buttons = new ArrayList<>();
		for (Settlement s : candidates) {
			buttons
				.add(new Keyboard.InlineButton(label(s, c), Buttons.data(Questionnaire.SETTLEMENT_CHOICE, s.code())));
		}
		String typed = draft.settlement().name();
		if (candidates.size() > 1 && c.directory().matchSettlement(typed).namesakesOnly()) {
			buttons.add(c.button("settlement.none-of-these", Buttons.data(Questionnaire.SETTLEMENT_CHOICE, NONE)));
			return c.reply("settlement.choose", Keyboard.Inline.of(buttons, 1), typed);
		}
		buttons.add(c.button("settlement.other-place", Buttons.data(Questionnaire.SETTLEMENT_CHOICE, OTHER)));
		if (candidates.size() == 1) {
			return c.reply("settlement.did-you-mean", Keyboard.Inline.of(buttons, 1), label(candidates.get(0), c));
		}
		return c.reply("settlement.did-you-mean-several", Keyboard.Inline.of(buttons, 1), typed);
	}

	/**
	 * Name, raion and oblast, short enough for a phone ("обл."); Kyiv and Sevastopol have
	 * no raion and are named alone.
	 */
	private static String label(Settlement s, Context c) {
		if (s.raion() == null || s.raion().isBlank()) {
			return s.names().in(c.language());
		}
		String oblast = c.directory()
			.oblast(s.oblastCode())
			.map(o -> o.names().in(c.language()).replace(" область", " обл."))
			.orElse("");
		return c.text("settlement.candidate", s.names().in(c.language()), s.raion(), oblast);
	}

	private static Parsed<String> parseSettlementChoice(Incoming incoming, Draft draft, Context c) {
		return Answers.button(incoming)
			.filter(v -> v.equals(NONE) || v.equals(OTHER) || draft.settlementCandidates().contains(v))
			.map(Parsed::ok)
			.orElseGet(() -> Parsed.invalid("invalid.choose-button"));
	}

	private static Draft applySettlementChoice(Draft draft, String choice, Context c) {
		if (choice.equals(NONE)) {
			// keep the name as typed; the oblast question follows
			return draft.withSettlement(draft.settlement(), List.of(), false).unanswer(Questionnaire.OBLAST);
		}
		if (choice.equals(OTHER)) {
			// the name is kept, unconfirmed, so the same name typed again asks its oblast
			return draft.withSettlement(draft.settlement(), List.of(), false)
				.unanswer(Questionnaire.SETTLEMENT, Questionnaire.SETTLEMENT_CHOICE);
		}
		return c.directory()
			.settlement(choice)
			.map(s -> settle(draft, s, c, false))
			.orElseGet(() -> draft.unanswer(Questionnaire.SETTLEMENT_CHOICE));
	}

	static Step<Oblast> oblast() {
		return new Step<Oblast>(Questionnaire.OBLAST, PlaceSteps::askOblast,
				(incoming, draft, c) -> Answers.choice(incoming, c.directory().oblasts(), Oblast::code, Oblast::names),
				(draft, oblast, c) -> draft.withOblast(oblast.ref()), draft -> draft.settlement() != null
						&& draft.settlement().code() == null && draft.settlementCandidates().isEmpty(),
				false);
	}

	private static Reply askOblast(Draft draft, Context c) {
		List<Keyboard.InlineButton> buttons = c.directory()
			.oblasts()
			.stream()
			.map(o -> new Keyboard.InlineButton(o.names().in(c.language()),
					Buttons.data(Questionnaire.OBLAST, o.code())))
			.toList();
		return c.reply("oblast.ask", Buttons.places(buttons), draft.settlement().name());
	}

	sealed interface AddressAnswer {

		record Typed(String address) implements AddressAnswer {
		}

		/** The shared location is address enough. */
		record Skip() implements AddressAnswer {
		}

		/** The settlement guessed from the location is wrong. */
		record WrongSettlement() implements AddressAnswer {
		}

	}

	static Step<AddressAnswer> address() {
		return new Step<AddressAnswer>(Questionnaire.ADDRESS, PlaceSteps::askAddress, PlaceSteps::parseAddress,
				PlaceSteps::applyAddress, draft -> true, false);
	}

	private static Reply askAddress(Draft draft, Context c) {
		List<Keyboard.InlineButton> buttons = new ArrayList<>();
		String settlement = settlementName(draft, c);
		if (draft.settlementFromLocation()) {
			buttons.add(c.button("address.wrong-settlement", Buttons.data(Questionnaire.ADDRESS, "wrong"), settlement));
		}
		if (draft.location() != null) {
			buttons.add(c.button("address.location-enough", Buttons.data(Questionnaire.ADDRESS, "skip")));
		}
		Keyboard keyboard = buttons.isEmpty() ? Keyboard.NONE : Keyboard.Inline.of(buttons, 1);
		String oblast = (draft.oblast() == null) ? ""
				: c.directory().oblast(draft.oblast().code()).map(o -> o.names().in(c.language())).orElse("");
		Reply ask = draft.settlementFromLocation()
				? c.reply("address.ask-located", keyboard, settlement, oblast, distance(draft, c))
				: c.reply("address.ask", keyboard, settlement);
		return OccupiedNotice.applies(draft, c) ? ask.prefixedWith("settlement.occupied", OccupiedNotice.text(draft, c))
				: ask;
	}

	/** From the shared point to the settlement offered for it, in whole km. */
	private static String distance(Draft draft, Context c) {
		GeoPoint own = (draft.location() == null || draft.settlement() == null) ? null
				: c.directory().settlement(draft.settlement().code()).map(Settlement::ownLocation).orElse(null);
		if (own == null) {
			return "?";
		}
		double km = own.distanceKm(draft.location());
		return (km < 1) ? "<1" : Long.toString(Math.round(km));
	}

	static String settlementName(Draft draft, Context c) {
		if (draft.settlement() == null) {
			return "";
		}
		if (draft.settlement().code() == null) {
			return draft.settlement().name();
		}
		return c.directory()
			.settlement(draft.settlement().code())
			.map(s -> s.names().in(c.language()))
			.orElse(draft.settlement().name());
	}

	private static Parsed<AddressAnswer> parseAddress(Incoming incoming, Draft draft, Context c) {
		Optional<String> tapped = Answers.button(incoming);
		if (tapped.isPresent()) {
			if (tapped.get().equals("skip") && draft.location() != null) {
				return Parsed.ok(new AddressAnswer.Skip());
			}
			if (tapped.get().equals("wrong") && draft.settlementFromLocation()) {
				return Parsed.ok(new AddressAnswer.WrongSettlement());
			}
			return Parsed.invalid("invalid.choose-button");
		}
		if (incoming instanceof Incoming.Text text) {
			Parsed<String> checked = FreeText.check(text.text(), MAX_ADDRESS);
			if (checked instanceof Parsed.Ok<String> ok) {
				return Parsed.ok(new AddressAnswer.Typed(ok.value()));
			}
			Parsed.Invalid<String> invalid = (Parsed.Invalid<String>) checked;
			return Parsed.invalid(invalid.reasonKey(), invalid.args());
		}
		if (incoming instanceof Incoming.SharedLocation) {
			return Parsed.invalid("address.location-already");
		}
		return Parsed.invalid("address.invalid");
	}

	private static Draft applyAddress(Draft draft, AddressAnswer answer, Context c) {
		if (answer instanceof AddressAnswer.Typed typed) {
			return draft.withAddress(typed.address());
		}
		if (answer instanceof AddressAnswer.WrongSettlement) {
			return draft.withSettlement(null, List.of(), false)
				.withOblast(null)
				.unanswer(Questionnaire.SETTLEMENT, Questionnaire.ADDRESS);
		}
		return draft.withAddress(null);
	}

}
