package org.evac.bench.residents;

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

	String update(int updateId, long chatId, int messageId, int lastBotMessageId) {
		switch (this.kind) {
			case TEXT:
				return Updates.text(updateId, chatId, messageId, this.value);
			case TAP:
				return Updates.tap(updateId, chatId, lastBotMessageId, this.value);
			case LOCATION:
				return Updates.location(updateId, chatId, messageId, Script.LATITUDE, Script.LONGITUDE);
			default:
				return Updates.contact(updateId, chatId, messageId, this.value);
		}
	}

}
