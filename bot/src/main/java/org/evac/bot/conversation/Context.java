package org.evac.bot.conversation;

import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.outbox.Keyboard;

/** What a step needs to ask and to understand: the language, the texts, the places. */
record Context(Language language, Messages messages, Directory directory) {

	String text(String key, Object... args) {
		return this.messages.text(this.language, key, args);
	}

	Reply reply(String key, Keyboard keyboard, Object... args) {
		return new Reply(key, text(key, args), keyboard);
	}

	Keyboard.InlineButton button(String labelKey, String data, Object... args) {
		return new Keyboard.InlineButton(text(labelKey, args), data);
	}

}
