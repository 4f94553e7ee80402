package org.evac.domain.crew;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A one-time code the page shows, to be sent to the bot in a private chat. */
@Document("telegram_link_codes")
record LinkCode(@Id String code, String username, Instant expiresAt) {

}
