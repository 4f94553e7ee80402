package org.evac.bot.conversation;

import java.util.List;
import java.util.Optional;

import org.evac.outbox.Keyboard;

/**
 * How volunteers reach the household: the resident's phone and, optionally, a relative's.
 */
final class ContactSteps {

	private ContactSteps() {
	}

	static Step<String> phone() {
		return new Step<String>(Questionnaire.PHONE, (draft, c) -> c.reply("phone.ask",
				new Keyboard.Reply(List
					.of(List.of(new Keyboard.ReplyButton(c.text("phone.share"), Keyboard.ReplyButtonKind.CONTACT))))),
				(incoming, draft, c) -> phoneIn(incoming).map(Parsed::ok)
					.orElseGet(() -> Parsed.invalid("phone.invalid")),
				(draft, phone, c) -> draft.withPhone(phone), draft -> true, true);
	}

	static Step<Optional<String>> secondPhone() {
		return new Step<Optional<String>>(Questionnaire.SECOND_PHONE,
				(draft, c) -> c.reply("second-phone.ask",
						Keyboard.Inline.column(c.button("second-phone.skip", Questionnaire.SECOND_PHONE + "|skip"))),
				ContactSteps::parseSecondPhone, (draft, phone, c) -> draft.withSecondPhone(phone.orElse(null)),
				draft -> true, false);
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
