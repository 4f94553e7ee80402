package org.evac.bot.telegram;

import org.evac.bot.conversation.Incoming;

/** What an update means to evac. */
sealed interface Inbound {

	/** A resident in a private chat did something. */
	record Resident(long chatId, String languageCode, Incoming incoming, String callbackQueryId) implements Inbound {
	}

	/** Someone addressed the bot in a group: it works in private chats only. */
	record Group(long chatId, String languageCode, String callbackQueryId) implements Inbound {
	}

	/** Nothing to do (service messages, channel posts, updates we did not ask for). */
	record Nothing() implements Inbound {
	}

}
