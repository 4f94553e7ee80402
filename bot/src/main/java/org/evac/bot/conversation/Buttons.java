package org.evac.bot.conversation;

import java.util.List;
import java.util.Optional;

import org.evac.outbox.Keyboard;

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

	/** The data of a button {@code owner} gets back as {@code value}. */
	static String data(String owner, String value) {
		return owner + SEPARATOR + value;
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

	/** A place name longer than this gets a row of its own, to fit a phone's screen. */
	static final int SHORT_PLACE = 14;

	/** Places two a row, or one a row when any name is long. */
	static Keyboard.Inline places(List<Keyboard.InlineButton> buttons) {
		boolean allShort = buttons.stream().allMatch(b -> b.label().length() <= SHORT_PLACE);
		return Keyboard.Inline.of(buttons, allShort ? 2 : 1);
	}

}
