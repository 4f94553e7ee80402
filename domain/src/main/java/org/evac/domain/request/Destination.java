package org.evac.domain.request;

import org.evac.domain.place.PlaceRef;

/**
 * Where the household wants to go: another oblast, a safer town of their own oblast, or
 * not decided yet (volunteers will advise).
 */
public record Destination(DestinationKind kind, PlaceRef oblast, PlaceRef town) {

	public static Destination otherOblast(PlaceRef oblast) {
		return new Destination(DestinationKind.OTHER_OBLAST, oblast, null);
	}

	public static Destination saferTown(PlaceRef oblast, PlaceRef town) {
		return new Destination(DestinationKind.SAFER_TOWN, oblast, town);
	}

	public static Destination undecided() {
		return new Destination(DestinationKind.UNDECIDED, null, null);
	}

}
