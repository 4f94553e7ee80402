package org.evac.admin.runs;

import java.util.ArrayList;
import java.util.List;

import org.evac.domain.request.EvacuationRequest;

/**
 * Fills a van: walks the candidates in the queue's order and takes each household whose
 * people fit the seats left and whose stretcher case fits the stretcher places left. A
 * household that does not fit is passed over, never split, and a smaller one after it may
 * still fit. Requests someone else holds, or that are in another run, are skipped.
 */
final class Filling {

	private Filling() {
	}

	static List<EvacuationRequest> choose(List<EvacuationRequest> ranked, String volunteer, int seatsLeft,
			int stretcherPlacesLeft) {
		List<EvacuationRequest> chosen = new ArrayList<>();
		int seats = seatsLeft;
		int stretchers = stretcherPlacesLeft;
		for (EvacuationRequest request : ranked) {
			if (!available(request, volunteer)) {
				continue;
			}
			Load load = Load.of(request);
			if (load.fits(seats, stretchers)) {
				chosen.add(request);
				seats -= load.seats();
				stretchers -= load.stretchers();
			}
		}
		return chosen;
	}

	/** Open, held by nobody or by the run's volunteer, and in no run yet. */
	static boolean available(EvacuationRequest request, String volunteer) {
		return request.status().isOpen() && !request.erased()
				&& (request.claimedBy() == null || request.claimedBy().equals(volunteer)) && request.runId() == null;
	}

}
