package org.evac.admin.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How API clients (scripts, integrations) log in.
 *
 * @param basicCacheFor how long one instance trusts a verified HTTP Basic credential
 * without checking its bcrypt hash again ({@code EVAC_BASIC_CACHE_FOR}, default 60
 * seconds); a password change or a disabled account ends it at once on the instance that
 * made the change, and on the others within {@link SessionProperties#recheckAfter()}
 * @param tokenLifetime how long a personal access token lasts when its owner does not say
 * ({@code EVAC_TOKEN_LIFETIME}, default 90 days)
 * @param tokenMaxLifetime the longest a token may last ({@code EVAC_TOKEN_MAX_LIFETIME},
 * default 365 days)
 */
@ConfigurationProperties("evac.api-clients")
public record ApiClientProperties(@DefaultValue("60s") Duration basicCacheFor,
		@DefaultValue("90d") Duration tokenLifetime, @DefaultValue("365d") Duration tokenMaxLifetime) {

}
