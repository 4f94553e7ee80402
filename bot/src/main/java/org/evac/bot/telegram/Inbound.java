package org.evac.bot.telegram;

import org.evac.bot.conversation.Incoming;

/** What an update means to evac. */
sealed interface Inbound {

	/**
	 * A resident in a private chat did something; {@code repliedTo} is the text of the
	 * bot's message it replies to (Telegram's reply), or null.
	 */
	record Resident(long chatId, String languageCode, Incoming incoming, String callbackQueryId,
			String repliedTo) implements Inbound {

		Resident(long chatId, String languageCode, Incoming incoming, String callbackQueryId) {
			this(chatId, languageCode, incoming, callbackQueryId, null);
		}

	}

	/**
	 * Someone addressed the bot in a group (it talks to residents in private chats only),
	 * or tapped a button on its message there ({@code data}; {@code messageId} the
	 * message).
	 */
	record Group(long chatId, String languageCode, String callbackQueryId, long fromUserId, String data,
			int messageId) implements Inbound {

		Group(long chatId, String languageCode, String callbackQueryId) {
			this(chatId, languageCode, callbackQueryId, 0, null, 0);
		}

	}

	/** Nothing to do (service messages, channel posts, updates we did not ask for). */
	record Nothing() implements Inbound {
	}

}
