package org.evac.bot.telegram;

import java.util.List;

import org.evac.outbox.Keyboard;
import org.evac.outbox.OutgoingMessage;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/**
 * Our outgoing messages as Bot API calls. Texts go as plain text: nothing is parsed as
 * markup.
 */
final class TelegramMethods {

	private TelegramMethods() {
	}

	static BotApiMethod<?> of(OutgoingMessage message) {
		return switch (message.kind()) {
			case SEND -> SendMessage.builder()
				.chatId(message.chatId())
				.text(message.text())
				.replyMarkup(markup(message.keyboard()))
				.build();
			case EDIT -> EditMessageText.builder()
				.chatId(message.chatId())
				.messageId(message.editMessageId())
				.text(message.text())
				.replyMarkup((message.keyboard() instanceof Keyboard.Inline inline) ? inline(inline) : null)
				.build();
			case ANSWER_BUTTON ->
				AnswerCallbackQuery.builder().callbackQueryId(message.callbackQueryId()).text(message.text()).build();
		};
	}

	private static ReplyKeyboard markup(Keyboard keyboard) {
		if (keyboard instanceof Keyboard.Inline inline) {
			return inline(inline);
		}
		if (keyboard instanceof Keyboard.Reply reply) {
			List<KeyboardRow> rows = reply.rows().stream().map(row -> new KeyboardRow(row.stream().map(b -> {
				KeyboardButton button = new KeyboardButton(b.label());
				button.setRequestContact(b.kind() == Keyboard.ReplyButtonKind.CONTACT ? Boolean.TRUE : null);
				button.setRequestLocation(b.kind() == Keyboard.ReplyButtonKind.LOCATION ? Boolean.TRUE : null);
				return button;
			}).toList())).toList();
			ReplyKeyboardMarkup markup = new ReplyKeyboardMarkup(rows);
			markup.setResizeKeyboard(true);
			// hidden once used, so the next question need not send a message to clear it
			markup.setOneTimeKeyboard(true);
			return markup;
		}
		if (keyboard instanceof Keyboard.Remove) {
			return new ReplyKeyboardRemove(true);
		}
		return null;
	}

	private static InlineKeyboardMarkup inline(Keyboard.Inline inline) {
		return new InlineKeyboardMarkup(inline.rows()
			.stream()
			.map(row -> new InlineKeyboardRow(row.stream()
				.map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
				.toList()))
			.toList());
	}

}
