package org.evac.admin.requests;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where volunteers' page fetches what residents sent (voice messages, photos...): the
 * bot's own settings, read here too, since the admin API may run apart from the bot.
 *
 * @param token the bot's token (empty: files cannot be fetched)
 * @param apiUrl the Bot API (default {@code https://api.telegram.org})
 */
@ConfigurationProperties("evac.telegram")
public record ThreadFileProperties(@DefaultValue("") String token,
		@DefaultValue("https://api.telegram.org") URI apiUrl) {

}
