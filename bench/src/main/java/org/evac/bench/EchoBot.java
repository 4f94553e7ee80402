package org.evac.bench;

import java.net.URI;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The baseline: the bare echo bot of the TelegramBots library's own guide, the same
 * library evac is built on, answering every update with one message. Whatever evac costs
 * beyond this is evac's own. Reads {@code TELEGRAM_BOT_TOKEN} and
 * {@code TELEGRAM_API_URL}.
 */
public final class EchoBot implements LongPollingSingleThreadUpdateConsumer {

	private final TelegramClient client;

	EchoBot(TelegramClient client) {
		this.client = client;
	}

	public static void main(String[] args) throws Exception {
		String token = System.getenv("TELEGRAM_BOT_TOKEN");
		URI api = URI.create(System.getenv("TELEGRAM_API_URL"));
		TelegramUrl url = new TelegramUrl(api.getScheme(), api.getHost(), api.getPort(), false);
		TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
		application.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(),
				new EchoBot(new OkHttpTelegramClient(token, url)));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				application.close();
			}
			catch (Exception ex) {
				// stopping anyway
			}
		}));
		Thread.currentThread().join();
	}

	@Override
	public void consume(Update update) {
		long chatId;
		String text;
		if (update.hasCallbackQuery()) {
			chatId = update.getCallbackQuery().getFrom().getId();
			text = update.getCallbackQuery().getData();
		}
		else if (update.hasMessage()) {
			chatId = update.getMessage().getChatId();
			text = update.getMessage().hasText() ? update.getMessage().getText() : "got it";
		}
		else {
			return;
		}
		try {
			this.client.execute(SendMessage.builder().chatId(chatId).text(text).build());
		}
		catch (TelegramApiException ex) {
			System.err.println("Could not answer update " + update.getUpdateId() + ": " + ex.getMessage());
		}
	}

}
