package org.evac.bot.telegram;

import java.util.List;

import org.evac.outbox.Keyboard;
import org.evac.outbox.OutgoingMessage;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;

import static org.assertj.core.api.Assertions.assertThat;

/** Our keyboards as Telegram's. */
class TelegramMethodsTest {

	@Test
	void sendsTheBigKeyboardAsOneThatHidesOnceUsed() {
		Keyboard share = new Keyboard.Reply(List
			.of(List.of(new Keyboard.ReplyButton("📞 Share my phone number", Keyboard.ReplyButtonKind.CONTACT))));

		SendMessage sent = (SendMessage) TelegramMethods.of(OutgoingMessage.send(1L, "Your number?", share, "reply"));

		ReplyKeyboardMarkup markup = (ReplyKeyboardMarkup) sent.getReplyMarkup();
		assertThat(markup.getOneTimeKeyboard()).isTrue();
		assertThat(markup.getResizeKeyboard()).isTrue();
		assertThat(markup.getKeyboard().get(0).get(0).getRequestContact()).isTrue();
	}

	@Test
	void takesTheBigKeyboardAwayWhenAskedTo() {
		SendMessage sent = (SendMessage) TelegramMethods
			.of(OutgoingMessage.send(1L, "Your address?", Keyboard.REMOVE, "reply"));

		assertThat(sent.getReplyMarkup()).isInstanceOf(ReplyKeyboardRemove.class);
	}

}
