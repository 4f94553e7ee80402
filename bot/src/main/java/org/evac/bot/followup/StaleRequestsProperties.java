package org.evac.bot.followup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The follow-ups' reading of the queue's setting (the queue shows the same requests as
 * stale, from the same property).
 *
 * @param staleAfter an open request nobody touched for this long is raised to the top of
 * the queue, with the escalated ones ({@code EVAC_STALE_AFTER}, default 24h)
 */
@ConfigurationProperties("evac.queue")
public record StaleRequestsProperties(@DefaultValue("24h") Duration staleAfter) {

}
