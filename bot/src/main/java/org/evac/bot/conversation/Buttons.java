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

	/**
	 * Characters across a phone's screen in a button's font, about: a row of buttons
	 * shares them.
	 */
	static final int PHONE_LINE = 30;

	/**
	 * Up to {@code mostPerRow} buttons a row, fewer when a label would not fit its share
	 * of the line; one a row at the least.
	 */
	static Keyboard.Inline fitting(List<Keyboard.InlineButton> buttons, int mostPerRow) {
		int perRow = mostPerRow;
		while (perRow > 1 && !fit(buttons, perRow)) {
			perRow--;
		}
		return Keyboard.Inline.of(buttons, perRow);
	}

	private static boolean fit(List<Keyboard.InlineButton> buttons, int perRow) {
		return buttons.stream().allMatch(b -> b.label().codePointCount(0, b.label().length()) <= PHONE_LINE / perRow);
	}

	/** A place name longer than this gets a row of its own, to fit a phone's screen. */
	static final int SHORT_PLACE = 14;

	/** Places two a row, or one a row when any name is long. */
	static Keyboard.Inline places(List<Keyboard.InlineButton> buttons) {
		boolean allShort = buttons.stream().allMatch(b -> b.label().length() <= SHORT_PLACE);
		return Keyboard.Inline.of(buttons, allShort ? 2 : 1);
	}

}
