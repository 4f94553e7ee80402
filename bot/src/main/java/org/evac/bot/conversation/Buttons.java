package org.evac.bot.conversation;

import java.util.Optional;

/**
 * Button data is {@code owner|value}: the owner is a step id or a command's confirmation,
 * so a tap on a button of an earlier question is recognised as stale. Anything else that
 * arrives is forged or from an old version, and is treated as stale too.
 */
final class Buttons {

	static final String SEPARATOR = "|";

	/** Telegram limits callback data to 64 bytes. */
	static final int MAX_LENGTH = 64;

	private Buttons() {
	}

	record Press(String owner, String value) {
	}

	static Optional<Press> parse(String data) {
		if (data == null || data.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		int separator = data.indexOf(SEPARATOR);
		if (separator <= 0) {
			return Optional.empty();
		}
		return Optional.of(new Press(data.substring(0, separator), data.substring(separator + 1)));
	}

}
