package org.evac.bot.conversation;

import org.evac.outbox.Keyboard;

/**
 * A message for the resident.
 *
 * @param key the message key it was made from (tests and metrics read it)
 * @param text the words, already in the resident's language
 * @param editMessageId when not null, replace that earlier message instead of sending one
 */
public record Reply(String key, String text, Keyboard keyboard, Integer editMessageId) {

	public Reply(String key, String text, Keyboard keyboard) {
		this(key, text, keyboard, null);
	}

	Reply prefixedWith(String key, String before) {
		return new Reply(key, before + "\n\n" + this.text, this.keyboard, this.editMessageId);
	}

	Reply editing(int messageId) {
		return new Reply(this.key, this.text, this.keyboard, messageId);
	}

}
