package org.evac.request;

import java.time.Instant;

/**
 * When and where volunteers pick a household up, once a request is scheduled.
 *
 * @param at the agreed time
 * @param place where the household waits, in the volunteers' words
 */
public record Pickup(Instant at, String place) {

}
