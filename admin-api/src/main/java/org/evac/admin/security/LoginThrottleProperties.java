package org.evac.admin.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords evac takes before it stops listening for a while.
 *
 * @param maxFailures failed logins allowed within {@code window} for one account, and for
 * one address (default 10)
 * @param window the period failures are counted over (default 1 minute); once the
 * failures are used up, logins for that account or from that address get 429 until the
 * window ends
 */
@ConfigurationProperties("evac.login")
public record LoginThrottleProperties(@DefaultValue("10") int maxFailures, @DefaultValue("1m") Duration window) {

}
