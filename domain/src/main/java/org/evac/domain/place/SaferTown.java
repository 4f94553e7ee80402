package org.evac.domain.place;

import org.evac.domain.i18n.LocalizedName;

/** A town of a front-line oblast that evacuation crews take people to. */
public record SaferTown(String code, String oblastCode, LocalizedName names, GeoPoint location) {

	public PlaceRef ref() {
		return new PlaceRef(this.code, this.names.uk());
	}

}
