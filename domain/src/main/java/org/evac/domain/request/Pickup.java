package org.evac.domain.request;

import java.time.Instant;

/**
 * When and where a crew picks the household up, as agreed when the evacuation is
 * scheduled; either may be unknown yet.
 */
public record Pickup(Instant at, String place) {

	public boolean isEmpty() {
		return this.at == null && (this.place == null || this.place.isBlank());
	}

}
