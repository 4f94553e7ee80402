package org.evac.admin.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How evac slows down password guessing. Failures are counted for an account and the
 * address it is tried from together, so a flood of wrong passwords from one place does
 * not keep the real owner out from another; and for an address over all accounts, with
 * ten times the room. The counts live in the database, shared by every instance.
 *
 * @param maxFailures failed logins for one account from one address before each further
 * one makes them wait ({@code EVAC_LOGIN_MAX_FAILURES}, default 10)
 * @param window failures are forgotten after this long without a new one
 * ({@code EVAC_LOGIN_WINDOW}, default 1 hour)
 * @param firstDelay the first wait, doubled with every further failure
 * ({@code EVAC_LOGIN_FIRST_DELAY}, default 30 seconds)
 * @param longestDelay the longest wait ({@code EVAC_LOGIN_LONGEST_DELAY}, default 15
 * minutes): never a lock that lasts
 * @param trustedProxies addresses of the reverse proxies whose {@code X-Forwarded-For} is
 * believed ({@code EVAC_TRUSTED_PROXIES}, comma-separated; default none)
 */
@ConfigurationProperties("evac.login")
public record LoginThrottleProperties(@DefaultValue("10") int maxFailures, @DefaultValue("1h") Duration window,
		@DefaultValue("30s") Duration firstDelay, @DefaultValue("15m") Duration longestDelay,
		@DefaultValue("") List<String> trustedProxies) {

}
