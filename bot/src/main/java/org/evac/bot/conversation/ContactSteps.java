package org.evac.bot.conversation;

import java.util.List;
import java.util.Optional;

import org.evac.domain.request.RequestDetails;
import org.evac.outbox.Keyboard;

/**
 * How volunteers reach the household: the resident's phone and, optionally, a relative's.
 */
final class ContactSteps {

	private ContactSteps() {
	}

	/**
	 * The number of the person to pick up; for someone else, typed (the contact button
	 * would share the writer's own) or «У них немає телефону».
	 */
	static Step<Optional<String>> phone() {
		return new Step<Optional<String>>(Questionnaire.PHONE, ContactSteps::askPhone, ContactSteps::parsePhone,
				(draft, phone, c) -> draft.withPhone(phone.orElse(null))
					.with(RequestDetails.NO_PHONE, phone.isEmpty() ? true : null),
				draft -> true, true);
	}

	private static Reply askPhone(Draft draft, Context c) {
		if (WhoSteps.forSomeoneElse(draft)) {
			return c.reply("phone.ask",
					Keyboard.Inline.column(c.button("phone.none", Buttons.data(Questionnaire.PHONE, "none"))));
		}
		return c.reply("phone.ask", new Keyboard.Reply(
				List.of(List.of(new Keyboard.ReplyButton(c.text("phone.share"), Keyboard.ReplyButtonKind.CONTACT)))));
	}

	private static Parsed<Optional<String>> parsePhone(Incoming incoming, Draft draft, Context c) {
		if (WhoSteps.forSomeoneElse(draft)) {
			if (Answers.button(incoming).filter("none"::equals).isPresent()) {
				return Parsed.ok(Optional.empty());
			}
			if (incoming instanceof Incoming.SharedContact contact && contact.own()) {
				return Parsed.invalid("phone.not-theirs");
			}
		}
		return phoneIn(incoming).map(p -> Parsed.ok(Optional.of(p))).orElseGet(() -> Parsed.invalid("phone.invalid"));
	}

	/**
	 * A relative's or neighbour's number, asked of someone filing for themselves; for
	 * someone else the writer's own number is the second one (and theirs may be a
	 * neighbour's already).
	 */
	static Step<Optional<String>> secondPhone() {
		return new Step<Optional<String>>(Questionnaire.SECOND_PHONE,
				(draft, c) -> c.reply("second-phone.ask",
						Keyboard.Inline
							.column(c.button("second-phone.skip", Buttons.data(Questionnaire.SECOND_PHONE, "skip")))),
				ContactSteps::parseSecondPhone, (draft, phone, c) -> draft.withSecondPhone(phone.orElse(null)),
				draft -> !WhoSteps.forSomeoneElse(draft), false);
	}

	private static Parsed<Optional<String>> parseSecondPhone(Incoming incoming, Draft draft, Context c) {
		if (Answers.button(incoming).filter("skip"::equals).isPresent()) {
			return Parsed.ok(Optional.empty());
		}
		Optional<String> phone = phoneIn(incoming);
		if (phone.isEmpty()) {
			return Parsed.invalid("phone.invalid");
		}
		return phone.get().equals(draft.phone()) ? Parsed.invalid("second-phone.same") : Parsed.ok(phone);
	}

	private static Optional<String> phoneIn(Incoming incoming) {
		if (incoming instanceof Incoming.SharedContact contact) {
			return PhoneNumbers.normalize(contact.phone());
		}
		if (incoming instanceof Incoming.Text text) {
			return PhoneNumbers.normalize(text.text());
		}
		return Optional.empty();
	}

}
