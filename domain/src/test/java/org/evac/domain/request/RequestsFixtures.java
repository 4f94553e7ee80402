package org.evac.domain.request;

import java.util.Set;

import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;

/** Households to file requests for in tests. */
public final class RequestsFixtures {

	private RequestsFixtures() {
	}

	/** Three people from Bakhmut, two of them children, one elderly. */
	public static RequestDetails family() {
		return new RequestDetails(new PlaceRef("UA14020010010059145", "Бахмут"),
				new PlaceRef("UA14000000000091971", "Донецька область"), "вул. Миру, 5", new GeoPoint(48.595, 38.0),
				"+380501234567", null, 3, 2, Set.of(SpecialNeed.ELDERLY), Destination.undecided(), true);
	}

}
