package org.evac.bot.followup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long evac keeps what nobody needs any more.
 *
 * @param draftAfter a request left half-filled and untouched this long is forgotten
 * ({@code EVAC_RETENTION_DRAFT_AFTER}, default P14D); the resident starts afresh
 */
@ConfigurationProperties("evac.retention")
public record RetentionProperties(@DefaultValue("P14D") Duration draftAfter) {

}
