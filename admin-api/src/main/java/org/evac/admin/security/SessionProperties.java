package org.evac.admin.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How quickly a page session notices that its account changed.
 *
 * @param recheckAfter how long one instance trusts what it last read of an account before
 * reading it again ({@code EVAC_SESSION_RECHECK_AFTER}, default 2 seconds): a volunteer
 * disabled, given a new password or another role on any instance loses their sessions
 * everywhere within this time, and at once on the instance that made the change
 */
@ConfigurationProperties("evac.sessions")
public record SessionProperties(@DefaultValue("2s") Duration recheckAfter) {

}
