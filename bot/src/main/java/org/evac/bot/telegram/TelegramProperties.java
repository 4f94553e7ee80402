package org.evac.bot.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How evac reaches Telegram.
 *
 * @param token the bot's token from @BotFather ({@code TELEGRAM_BOT_TOKEN}); without it
 * the bot stays off and the rest of evac runs. Never logged
 * @param apiUrl the Bot API ({@code TELEGRAM_API_URL}, default
 * {@code https://api.telegram.org}); tests and the benchmark point it at a stand-in
 * @param pollTimeout how long one long poll waits for updates (default 25s)
 * @param batchSize updates fetched at once (default 100, Telegram's maximum)
 * @param processors chats handled in parallel within a batch (default 8)
 * @param sendTimeout how long one send may take before it counts as failed and is retried
 * (default 10s)
 * @param webhookUrl when set ({@code TELEGRAM_WEBHOOK_URL}), Telegram posts updates to
 * this public HTTPS address (a reverse proxy forwarding to {@code webhookPath}) instead
 * of evac polling; several bot instances can then share the load
 * @param webhookSecret required with a webhook ({@code TELEGRAM_WEBHOOK_SECRET}):
 * Telegram sends it in {@code X-Telegram-Bot-Api-Secret-Token}, and a request without it
 * is refused
 * @param webhookPath where evac listens for Telegram's posts (default
 * {@code /telegram/webhook})
 */
@ConfigurationProperties("evac.telegram")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
		@DefaultValue("25s") Duration pollTimeout, @DefaultValue("100") int batchSize,
		@DefaultValue("8") int processors, @DefaultValue("10s") Duration sendTimeout, URI webhookUrl,
		String webhookSecret, @DefaultValue("/telegram/webhook") String webhookPath) {

	public TelegramProperties {
		if (webhookUrl != null && (webhookSecret == null || !webhookSecret.matches("[A-Za-z0-9_-]{16,256}"))) {
			throw new IllegalStateException("TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET: 16 to 256 characters "
					+ "of A-Z, a-z, 0-9, _ and - (Telegram's rule)");
		}
	}

	public boolean enabled() {
		return this.token != null && !this.token.isBlank();
	}

	public boolean webhook() {
		return this.webhookUrl != null;
	}

}
