package org.evac.bot.volunteerchat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fast new requests are announced to one team's group: Telegram lets a bot post about
 * 20 messages a minute to a group. Beyond that they wait and go out merged into one
 * digest message.
 *
 * @param limit announcements one group gets per {@code window} (default 20); more wait
 * for a digest
 * @param window the window the limit counts in (default one minute)
 * @param mostPerDigest requests one digest lists at most (default 20; the rest wait for
 * the next)
 * @param flushEvery how often waiting announcements are looked at (default 5 seconds)
 */
@ConfigurationProperties("evac.volunteer-chat.digest")
public record GroupDigestProperties(@DefaultValue("20") int limit, @DefaultValue("PT1M") Duration window,
		@DefaultValue("20") int mostPerDigest, @DefaultValue("PT5S") Duration flushEvery) {

}
