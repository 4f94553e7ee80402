package org.evac.domain.request;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the queue one volunteer may take, so that a stolen password (or a careless
 * hand) cannot empty it.
 *
 * @param maxPerVolunteer open requests one volunteer may hold at once
 * ({@code EVAC_MAX_CLAIMS_PER_VOLUNTEER}, default 10); one more is 409. Coordinators are
 * not held to it
 * @param perMinute claims one account may make per minute
 * ({@code EVAC_CLAIMS_PER_MINUTE}, default 20); more are 429
 */
@ConfigurationProperties("evac.claims")
public record ClaimProperties(@DefaultValue("10") int maxPerVolunteer, @DefaultValue("20") int perMinute) {

}
