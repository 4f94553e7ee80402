package org.evac.queue;

import java.time.Instant;
import java.util.Set;

import org.evac.places.GeoPoint;
import org.evac.request.DestinationKind;
import org.evac.request.EvacuationRequest;
import org.evac.request.RequestDetails;
import org.evac.request.RequestStatus;
import org.evac.request.SpecialNeed;

/** A request as the admin API shows it. */
record RequestView(String id, String number, RequestStatus status, String settlement, String oblast, String address,
		Location location, String phone, String secondPhone, int householdSize, int children, Set<SpecialNeed> needs,
		DestinationView destination, Boolean accommodationNeeded, String language, Instant createdAt, Instant updatedAt,
		int priority, String claimedBy, boolean needsAttention) {

	record Location(double lat, double lon) {
	}

	record DestinationView(DestinationKind kind, String oblast, String town) {
	}

	static RequestView of(EvacuationRequest request) {
		RequestDetails d = request.details();
		GeoPoint point = d.location();
		DestinationView destination = (d.destination() == null) ? null
				: new DestinationView(d.destination().kind(),
						d.destination().oblast() == null ? null : d.destination().oblast().name(),
						d.destination().town() == null ? null : d.destination().town().name());
		return new RequestView(request.id(), request.number(), request.status(),
				d.settlement() == null ? null : d.settlement().name(), d.oblast() == null ? null : d.oblast().name(),
				d.address(), point == null ? null : new Location(point.lat(), point.lon()), d.phone(), d.secondPhone(),
				d.householdSize(), d.children(), d.needs(), destination, d.accommodationNeeded(),
				request.language().code(), request.createdAt(), request.updatedAt(), request.priority(),
				request.claimedBy(), request.needsAttention());
	}

}
