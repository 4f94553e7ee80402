package org.evac.domain.crew;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A volunteer's account tied to their Telegram user, so that the bot knows who taps a
 * button or writes in a private chat. One Telegram user speaks for one account.
 */
@Document("telegram_links")
public record TelegramLink(@Id String username, @Indexed(unique = true) long telegramUserId, Instant linkedAt) {

}
