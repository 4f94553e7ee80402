package org.evac.outbox;

/**
 * Something to send to a chat.
 *
 * @param kind a new message, an edit of an earlier one, or the answer to a button tap
 * @param editMessageId for {@link Kind#EDIT}: the message to replace
 * @param callbackQueryId for {@link Kind#ANSWER_BUTTON}: the tap being answered
 * @param purpose why it is sent ("reply", "reminder", "volunteer", "notice"), for
 * metrics; never personal
 */
public record OutgoingMessage(long chatId, Kind kind, String text, Keyboard keyboard, Integer editMessageId,
		String callbackQueryId, String purpose) {

	public enum Kind {

		SEND, EDIT, ANSWER_BUTTON

	}

	public static OutgoingMessage send(long chatId, String text, Keyboard keyboard, String purpose) {
		return new OutgoingMessage(chatId, Kind.SEND, text, keyboard, null, null, purpose);
	}

	public static OutgoingMessage edit(long chatId, int messageId, String text, Keyboard keyboard) {
		return new OutgoingMessage(chatId, Kind.EDIT, text, keyboard, messageId, null, "reply");
	}

	public static OutgoingMessage answerButton(long chatId, String callbackQueryId, String text) {
		return new OutgoingMessage(chatId, Kind.ANSWER_BUTTON, text, Keyboard.NONE, null, callbackQueryId, "reply");
	}

}
