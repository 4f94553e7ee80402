package org.evac.bot.telegram;

import java.time.Duration;

import org.evac.outbox.Delivery;
import org.evac.outbox.OutgoingMessage;
import org.evac.outbox.TelegramGateway;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends through the TelegramBots client and reads its answer into a {@link Delivery}. The
 * library retries nothing; deciding what to retry is the dispatcher's job.
 */
class ClientGateway implements TelegramGateway {

	private final TelegramClient client;

	ClientGateway(TelegramClient client) {
		this.client = client;
	}

	@Override
	public Delivery deliver(OutgoingMessage message) {
		try {
			this.client.execute(TelegramMethods.of(message));
			return Delivery.ACCEPTED;
		}
		catch (TelegramApiRequestException ex) {
			return classify(ex);
		}
		catch (TelegramApiException | RuntimeException ex) {
			return new Delivery.Transient(ex.getClass().getSimpleName());
		}
	}

	static Delivery classify(TelegramApiRequestException ex) {
		int code = (ex.getErrorCode() == null) ? 0 : ex.getErrorCode();
		String description = (ex.getApiResponse() == null) ? "" : ex.getApiResponse();
		if (code == 429) {
			Integer retryAfter = (ex.getParameters() == null) ? null : ex.getParameters().getRetryAfter();
			return new Delivery.RateLimited(Duration.ofSeconds(retryAfter == null ? 1 : retryAfter), false);
		}
		if (code == 403) {
			return new Delivery.Blocked("403 " + description);
		}
		if (code == 400) {
			if (description.contains("message is not modified")) {
				return Delivery.ACCEPTED; // an edit that changes nothing: already as
											// wanted
			}
			if (description.contains("chat not found") || description.contains("user is deactivated")) {
				return new Delivery.Blocked("400 " + description);
			}
			return new Delivery.Rejected("400 " + description);
		}
		// 5xx, or a body that is not the Bot API's (a proxy's error page): Telegram's
		// trouble
		return new Delivery.Transient(code == 0 ? "unreadable answer" : code + " " + description);
	}

}
