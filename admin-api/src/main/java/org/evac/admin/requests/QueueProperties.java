package org.evac.admin.requests;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param staleAfter an open request nobody touched for this long is raised to the top of
 * the queue, with the escalated ones (default 24h)
 */
@ConfigurationProperties("evac.queue")
public record QueueProperties(@DefaultValue("24h") Duration staleAfter) {

}
