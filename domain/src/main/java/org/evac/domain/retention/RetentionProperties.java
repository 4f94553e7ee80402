package org.evac.domain.retention;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long evac keeps what nobody needs any more: personal data of closed requests, and
 * half-filled requests.
 *
 * @param closedAfter a closed request's personal fields (phones, address, location,
 * message texts) are erased this long after it was closed
 * ({@code EVAC_RETENTION_CLOSED_AFTER}, default {@code P30D}); anonymous counts stay for
 * statistics
 * @param every how often the retention job runs (default {@code PT24H})
 * @param draftAfter a request left half-filled and untouched this long is forgotten
 * ({@code EVAC_RETENTION_DRAFT_AFTER}, default {@code P14D}); the resident starts afresh
 * @param draftSweepEvery how often stale drafts are looked for where reminders are off
 * (default {@code PT1H}; where they run, their tick forgets them as it goes)
 */
@ConfigurationProperties("evac.retention")
public record RetentionProperties(@DefaultValue("P30D") Period closedAfter, @DefaultValue("PT24H") Duration every,
		@DefaultValue("P14D") Duration draftAfter, @DefaultValue("PT1H") Duration draftSweepEvery) {

}
