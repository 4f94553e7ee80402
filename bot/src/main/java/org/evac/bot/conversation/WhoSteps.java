package org.evac.bot.conversation;

import java.util.List;
import java.util.Optional;

import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.WhoLeaves;
import org.evac.outbox.Keyboard;

/**
 * Whom the request is for. A daughter abroad asking for her mother is asked about her
 * mother («Де вони зараз?»), never offered to share her own location or number for her
 * mother's, and gives her own number, from any country, so volunteers can reach her too.
 */
final class WhoSteps {

	static final int MAX_NAME = 100;

	private WhoSteps() {
	}

	static boolean forSomeoneElse(Draft draft) {
		return draft != null && WhoLeaves.SOMEONE_ELSE.name().equals(draft.answers().text(RequestDetails.WHO));
	}

	/**
	 * The first question, under the notice on first asking: answering it is taking note
	 * of the notice, one tap for both. A changed answer (from the summary) forgets what
	 * was said of the other person: their number, name and the writer's own number, and a
	 * location shared, which was the writer's own place; those are asked again.
	 */
	static Step<WhoLeaves> who() {
		Step<WhoLeaves> choice = Questions.choice(Questionnaire.WHO, WhoLeaves.class, draft -> true);
		return new Step<WhoLeaves>(Questionnaire.WHO, (draft, c) -> {
			Reply ask = choice.prompt().ask(draft, c);
			return draft.isAnswered(Questionnaire.NOTICE) ? ask
					: new Reply("notice", c.text("notice", c.keptDays()) + "\n\n" + ask.text(), ask.keyboard());
		}, choice.parser(), WhoSteps::applyWho, draft -> true, false);
	}

	private static Draft applyWho(Draft draft, WhoLeaves who, Context c) {
		Draft noted = draft.answer(Questionnaire.NOTICE);
		WhoLeaves before = noted.answers().choice(RequestDetails.WHO, WhoLeaves.class);
		Draft answered = noted.with(RequestDetails.WHO, who);
		if (before == null || before == who) {
			return answered;
		}
		Draft forgotten = answered
			.forget(Questionnaire.PHONE, Questionnaire.SECOND_PHONE, Questionnaire.NAME, Questionnaire.FILER_PHONE)
			.with(RequestDetails.NO_PHONE, null)
			.with(RequestDetails.SECOND_PHONE, null);
		return (draft.location() != null) ? PlaceSteps.forgetPlace(forgotten) : forgotten;
	}

	/** What to call them, so the crew asks for the right person at the door. */
	static Step<Optional<String>> name() {
		return Questions.optionalText(Questionnaire.NAME, MAX_NAME, WhoSteps::forSomeoneElse);
	}

	/**
	 * The filer's own number: Telegram's contact button, or typed in any country's
	 * format.
	 */
	static Step<String> filerPhone() {
		return new Step<String>(Questionnaire.FILER_PHONE, (draft, c) -> c.reply("filer-phone.ask",
				new Keyboard.Reply(List
					.of(List.of(new Keyboard.ReplyButton(c.text("phone.share"), Keyboard.ReplyButtonKind.CONTACT))))),
				(incoming, draft, c) -> {
					Optional<String> phone = (incoming instanceof Incoming.SharedContact contact)
							? PhoneNumbers.normalizeAnyCountry(international(contact.phone()))
							: Answers.text(incoming).flatMap(PhoneNumbers::normalizeAnyCountry);
					return phone.map(Parsed::ok).orElseGet(() -> Parsed.invalid("filer-phone.invalid"));
				}, (draft, phone, c) -> draft.with(RequestDetails.FILER_PHONE, phone), WhoSteps::forSomeoneElse, true);
	}

	/** Telegram gives a contact's number with its country code, not always with a "+". */
	private static String international(String phone) {
		return (phone == null || phone.startsWith("+")) ? phone : "+" + phone;
	}

}
