package org.evac.admin.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;

/**
 * A run as the page shows it: no address, phone or name (those are on the run sheet, for
 * who leads the run), so reading it needs no audit.
 */
record RunView(String id, LocalDate date, String settlement, String settlementCode, Area area, int seats,
		int stretcherPlaces, int seatsLeft, int stretcherPlacesLeft, String pickupPlace, Instant pickupAt,
		String vehicle, String note, String volunteer, Run.State state, List<Stop> stops, List<String> refused) {

	/** The circle the run covers, when it covers one. */
	record Area(double lat, double lon, double radiusKm) {
	}

	/** A household in the run, with the request's status now. */
	record Stop(String requestId, String number, String settlement, int seats, int stretchers, RequestStatus status,
			RunStop.Outcome outcome, Instant pickupAt, String pickupPlace) {
	}

	static RunView of(Run run, Function<String, EvacuationRequest> requests, List<String> refused) {
		List<Stop> stops = run.stops().stream().map(s -> {
			EvacuationRequest request = requests.apply(s.requestId());
			return new Stop(s.requestId(), s.number(), s.settlement(), s.seats(), s.stretchers(),
					(request == null) ? null : request.status(), s.outcome(), s.pickup(run).at(),
					s.pickup(run).place());
		}).toList();
		Area area = (run.center() == null || run.radiusKm() == null) ? null
				: new Area(run.center().lat(), run.center().lon(), run.radiusKm());
		return new RunView(run.id(), run.date(), (run.settlement() == null) ? null : run.settlement().name(),
				(run.settlement() == null) ? null : run.settlement().code(), area, run.seats(), run.stretcherPlaces(),
				run.seatsLeft(), run.stretcherPlacesLeft(), run.pickupPlace(), run.pickupAt(), run.vehicle(),
				run.note(), run.volunteer(), run.state(), stops, refused);
	}

}
