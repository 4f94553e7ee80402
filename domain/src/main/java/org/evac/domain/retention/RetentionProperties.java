package org.evac.domain.retention;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept.
 *
 * @param closedAfter a closed request's personal fields (phones, address, location,
 * message texts) are erased this long after it was closed
 * ({@code EVAC_RETENTION_CLOSED_AFTER}, default {@code P30D}); anonymous counts stay for
 * statistics
 * @param every how often the retention job runs (default {@code PT24H})
 */
@ConfigurationProperties("evac.retention")
public record RetentionProperties(@DefaultValue("P30D") Period closedAfter, @DefaultValue("PT24H") Duration every) {

}
