package org.evac.admin.runs;

import java.time.Instant;

import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestDetails;

/**
 * A household in a run, in pickup order: what it takes of the van, whether the run took
 * the request (so removing it gives it back to the queue), its own pickup if it has one,
 * and what became of it.
 *
 * @param seats the household's people, less the one on a stretcher
 * @param stretchers stretcher places it needs (0 or 1: the request says whether someone
 * must be carried, not how many)
 * @param takenByRun nobody held the request before it joined the run
 * @param pickupAt this household's own pickup time, or null for the run's
 * @param pickupPlace this household's own pickup place, or null for the run's
 */
record RunStop(String requestId, String number, String settlement, int seats, int stretchers, boolean takenByRun,
		Instant pickupAt, String pickupPlace, Outcome outcome) {

	/** What the crew found. */
	enum Outcome {

		EVACUATED, NOT_FOUND

	}

	static RunStop of(EvacuationRequest request, boolean takenByRun, Pickup own) {
		Load load = Load.of(request);
		RequestDetails details = request.details();
		String settlement = (details == null || details.settlement() == null) ? null : details.settlement().name();
		return new RunStop(request.id(), request.number(), settlement, load.seats(), load.stretchers(), takenByRun,
				(own == null) ? null : own.at(), (own == null) ? null : own.place(), null);
	}

	RunStop withOutcome(Outcome outcome) {
		return new RunStop(this.requestId, this.number, this.settlement, this.seats, this.stretchers, this.takenByRun,
				this.pickupAt, this.pickupPlace, outcome);
	}

	/**
	 * This household's pickup: its own time and place where it has them, else the run's.
	 */
	Pickup pickup(Run run) {
		return new Pickup((this.pickupAt == null) ? run.pickupAt() : this.pickupAt,
				(this.pickupPlace == null || this.pickupPlace.isBlank()) ? run.pickupPlace() : this.pickupPlace);
	}

}
