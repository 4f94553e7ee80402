package org.evac.telegram;

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
 */
@ConfigurationProperties("evac.telegram")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
		@DefaultValue("25s") Duration pollTimeout, @DefaultValue("100") int batchSize,
		@DefaultValue("8") int processors, @DefaultValue("10s") Duration sendTimeout) {

	public boolean enabled() {
		return this.token != null && !this.token.isBlank();
	}

}
