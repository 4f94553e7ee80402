package org.evac.domain.time;

import java.time.ZoneId;

/**
 * The residents' time zone when none is set. Everything else takes the {@link ZoneId}
 * bean ({@code EVAC_ZONE}), so one setting moves every time shown to a person.
 */
public final class ResidentsZone {

	/** Residents are in Ukraine. */
	public static final ZoneId DEFAULT = ZoneId.of("Europe/Kyiv");

	private ResidentsZone() {
	}

}
