package org.evac.app.testing;

import java.time.Duration;

import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.telegramfake.FakeTelegramApi;

/**
 * A resident, in English, of an evac running in a process of its own (there is no
 * database to look into): each step waits until Telegram counts the update as handled and
 * the answer expected next has arrived.
 */
public final class ChatWalk {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final FakeTelegramApi telegram;

	private final long chat;

	private final Messages messages = new Messages();

	public ChatWalk(FakeTelegramApi telegram, long chat) {
		this.telegram = telegram;
		this.chat = chat;
		telegram.languageOf(chat, "en");
	}

	/** The words of a message key, in English. */
	public String text(String key, Object... args) {
		return this.messages.text(Language.EN, key, args);
	}

	/** Sends {@code text}; waits for the answer {@code expectedKey} begins with. */
	public void says(String text, String expectedKey, Object... args) {
		step(this.telegram.sendText(this.chat, text), expectedKey, args);
	}

	/** Taps the button labelled {@code label}; waits for the answer. */
	public void taps(String label, String expectedKey, Object... args) {
		step(this.telegram.pressButtonLabeled(this.chat, label), expectedKey, args);
	}

	/**
	 * Taps the button labelled with the words of {@code labelKey}; waits for the answer.
	 */
	public void tapsLabelOf(String labelKey, String expectedKey, Object... args) {
		taps(text(labelKey), expectedKey, args);
	}

	/** From /start to the question where the resident is. */
	public void toThePlace() {
		says("/start", "notice");
		tapsLabelOf("who.SELF", "settlement.ask");
	}

	/**
	 * From /start to the question of the address, in {@code place}, which the bot
	 * confirms as {@code shownAs}.
	 */
	public void toTheAddress(String place, String shownAs) {
		toThePlace();
		says(place, "address.ask", shownAs);
	}

	/** From the question of the address to the filed request; returns its number. */
	public String fromTheAddressToFiled(String address, String phone) {
		says(address, "phone.ask");
		return fromThePhoneToFiled(phone);
	}

	/**
	 * From the question of the phone to the filed request, with the quickest answers;
	 * returns its number.
	 */
	public String fromThePhoneToFiled(String phone) {
		says(phone, "second-phone.ask");
		tapsLabelOf("second-phone.skip", "household.ask");
		taps("1", "needs.ask");
		tapsLabelOf("mobility.WALKS", "danger.ask");
		tapsLabelOf("danger.no", "ready.ask");
		tapsLabelOf("ready.NOW", "destination.ask");
		taps("Not sure", "crew-note.ask");
		tapsLabelOf("answer.skip", "summary.title");
		taps("Send request", "filed.commands");
		return this.telegram.lastMessageTo(this.chat).text().replaceAll("(?s).*?(EV-\\d+).*", "$1");
	}

	/** How many messages Telegram accepted for the chat that are exactly {@code text}. */
	public long received(String text) {
		return this.telegram.messagesTo(this.chat).stream().filter(m -> m.text().equals(text)).count();
	}

	/** Waits until a message containing {@code text} has been accepted for the chat. */
	public void awaitsMessageContaining(String text) {
		this.telegram.awaitMessageContaining(this.chat, text, WAIT);
	}

	private void step(int update, String expectedKey, Object... args) {
		this.telegram.awaitConfirmed(update, WAIT);
		String expected = text(expectedKey, args);
		this.telegram.awaitMessageContaining(this.chat, expected.length() > 25 ? expected.substring(0, 25) : expected,
				WAIT);
	}

}
