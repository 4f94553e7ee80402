package org.evac.domain.request;

import java.util.Set;

import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;

/**
 * What the resident told us. The address, location and phones are personal; the rest
 * stays, anonymous, after the resident erases their data, so counts remain true.
 */
public record RequestDetails(PlaceRef settlement, PlaceRef oblast, String address, GeoPoint location, String phone,
		String secondPhone, int householdSize, int children, Set<SpecialNeed> needs, Destination destination,
		Boolean accommodationNeeded) {

	public RequestDetails {
		needs = (needs == null) ? Set.of() : Set.copyOf(needs);
	}

	/** The same answers without anything that could identify or locate the household. */
	public RequestDetails withoutPersonalData() {
		return new RequestDetails(this.settlement, this.oblast, null, null, null, null, this.householdSize,
				this.children, this.needs, this.destination, this.accommodationNeeded);
	}

}
