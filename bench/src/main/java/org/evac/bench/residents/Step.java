package org.evac.bench.residents;

import org.evac.telegramfake.FakeTelegramApi;

/**
 * One thing a resident does, and how they know the bot has answered it: the bot's next
 * question carries {@code expect} (a button's data, a keyboard's kind, a request number).
 *
 * @param kind what the resident does
 * @param value the text, button data or phone number
 * @param expect what the message completing the answer contains
 */
record Step(Kind kind, String value, String expect) {

	enum Kind {

		TEXT, TAP, LOCATION, CONTACT

	}

	static Step says(String text, String expect) {
		return new Step(Kind.TEXT, text, expect);
	}

	static Step taps(String data, String expect) {
		return new Step(Kind.TAP, data, expect);
	}

	static Step sharesLocation(String expect) {
		return new Step(Kind.LOCATION, null, expect);
	}

	static Step sharesContact(String phone, String expect) {
		return new Step(Kind.CONTACT, phone, expect);
	}

	/**
	 * The resident in {@code chatId} does it, through the stand-in's resident side (a tap
	 * is on the newest of the bot's messages there with buttons).
	 */
	void takeIn(FakeTelegramApi telegram, long chatId) {
		switch (this.kind) {
			case TEXT -> telegram.sendText(chatId, this.value);
			case TAP -> telegram.pressButton(chatId, this.value);
			case LOCATION -> telegram.shareLocation(chatId, Script.LATITUDE, Script.LONGITUDE);
			case CONTACT -> telegram.shareContact(chatId, this.value);
		}
	}

}
