package org.evac.admin.runs;

import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;

/**
 * What a household takes of a van. Someone who must be carried lies on a stretcher, not
 * on a seat; a household that did not say how many they are counts as one person.
 */
record Load(int seats, int stretchers) {

	static Load of(EvacuationRequest request) {
		RequestDetails details = request.details();
		if (details == null) {
			return new Load(1, 0);
		}
		int people = Math.max(details.householdSize(), 1);
		int stretchers = details.needsStretcher() ? 1 : 0;
		return new Load(Math.max(people - stretchers, 0), stretchers);
	}

	boolean fits(int seatsLeft, int stretcherPlacesLeft) {
		return this.seats <= seatsLeft && this.stretchers <= stretcherPlacesLeft;
	}

}
