package org.evac.bot.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a shared location is named to the resident.
 *
 * @param nearWithinKm the nearest settlement with a point of its own is offered, with its
 * distance, if it is this close ({@code EVAC_LOCATION_NEAR_WITHIN_KM}, default 10 km);
 * further away, the bot names the hromada and asks for the village, as a villager would
 * otherwise accept a town two valleys away
 * @param hromadaWithinKm the hromada whose centroid is closest is named if it is this
 * close (default 30 km, about the radius of a large hromada); further, the bot just asks
 * for the name
 */
@ConfigurationProperties("evac.location")
public record LocationProperties(@DefaultValue("10") double nearWithinKm, @DefaultValue("30") double hromadaWithinKm) {

	/** The defaults, for tests and tools that build the conversation without Spring. */
	public static LocationProperties defaults() {
		return new LocationProperties(10, 30);
	}

}
