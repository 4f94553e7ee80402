package org.evac.admin.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.evac.admin.security.Actor;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.Settlement;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.DestinationKind;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.SpecialNeed;

/**
 * A request as the queue shows it. The address, location and phones are there only for
 * the volunteer who claimed it and for coordinators ({@code personal} says whether they
 * are); everyone sees the settlement.
 *
 * @param waitingMinutes since the request was filed
 * @param stale open and untouched for a day: raised in the queue
 * @param residentWaiting the resident wrote last and nobody answered yet
 * @param possibleDuplicate another open request may be the same household
 * @param rankedFor why the request is where it is in the queue
 * @param answers every answer by question id, beyond the fields above (who the request is
 * for, mobility, floor, pets, danger, readiness, a note for the crew...); only the
 * anonymous ones unless {@code personal}
 * @param noTeam no team's area holds the request's place: only admins see it, and must
 * find it a team
 */
public record RequestView(String id, String number, RequestStatus status, String settlement, String oblast,
		String address, Location location, String phone, String secondPhone, int householdSize, int children,
		Set<SpecialNeed> needs, DestinationView destination, Boolean accommodationNeeded, String language,
		Instant createdAt, Instant updatedAt, int priority, String claimedBy, boolean needsAttention,
		long waitingMinutes, boolean stale, boolean residentWaiting, boolean possibleDuplicate,
		boolean telegramUnreachable, boolean personal, Urgency.Reason rankedFor, Map<String, Object> answers,
		boolean noTeam) {

	/**
	 * The resident's shared point, as a link that opens a map, and how far it is from the
	 * settlement the request names (null when that settlement has no point of its own).
	 */
	record Location(double lat, double lon, String mapUrl, Double distanceKm) {

		static Location of(GeoPoint point, GeoPoint settlement) {
			Double km = (settlement == null) ? null : Math.round(point.distanceKm(settlement) * 10) / 10.0;
			return new Location(point.lat(), point.lon(), mapUrl(point), km);
		}

		/** OpenStreetMap with a marker on the point, at street level. */
		static String mapUrl(GeoPoint point) {
			String lat = fiveDecimals(point.lat());
			String lon = fiveDecimals(point.lon());
			return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=15/" + lat + "/" + lon;
		}

		/**
		 * As {@code %.5f} writes it (about a metre), without a formatter: a queue page
		 * wrote a hundred of them, and each formatter parsed its pattern anew.
		 */
		static String fiveDecimals(double degrees) {
			return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).toPlainString();
		}

	}

	record DestinationView(DestinationKind kind, String oblast, String town) {
	}

	private static final Set<String> SHOWN_AS_FIELDS = Set.of(RequestDetails.SETTLEMENT, RequestDetails.OBLAST,
			RequestDetails.ADDRESS, RequestDetails.LOCATION, RequestDetails.PHONE, RequestDetails.SECOND_PHONE,
			RequestDetails.HOUSEHOLD_SIZE, RequestDetails.CHILDREN, RequestDetails.NEEDS, RequestDetails.DESTINATION,
			RequestDetails.ACCOMMODATION_NEEDED);

	static RequestView of(EvacuationRequest request, boolean personal, Urgency urgency,
			SettlementRegister settlements) {
		RequestDetails d = request.details();
		GeoPoint point = personal ? d.location() : null;
		GeoPoint settlementPoint = (point == null || d.settlement() == null || d.settlement().code() == null) ? null
				: settlements.byCode(d.settlement().code()).map(Settlement::ownLocation).orElse(null);
		DestinationView destination = (d.destination() == null) ? null
				: new DestinationView(d.destination().kind(),
						d.destination().oblast() == null ? null : d.destination().oblast().name(),
						d.destination().town() == null ? null : d.destination().town().name());
		return new RequestView(request.id(), request.number(), request.status(),
				d.settlement() == null ? null : d.settlement().name(), d.oblast() == null ? null : d.oblast().name(),
				personal ? d.address() : null, point == null ? null : Location.of(point, settlementPoint),
				personal ? d.phone() : null, personal ? d.secondPhone() : null, d.householdSize(), d.children(),
				d.needs(), destination, d.accommodationNeeded(), request.language().code(), request.createdAt(),
				request.updatedAt(), request.priority(), request.claimedBy(), request.needsAttention(),
				urgency.waitingMinutes(request), urgency.stale(request), request.residentWaiting(),
				!request.possibleDuplicates().isEmpty(), request.telegramUnreachable(), personal,
				urgency.reason(request), answers(d, personal), request.teams() != null && request.teams().isEmpty());
	}

	private static Map<String, Object> answers(RequestDetails details, boolean personal) {
		Map<String, Object> answers = new LinkedHashMap<>(
				personal ? details.values() : details.withoutPersonalData().values());
		answers.keySet().removeAll(SHOWN_AS_FIELDS);
		return answers;
	}

	/** Whether the address, phones, notes and thread of a request may be shown. */
	public static boolean personalFor(EvacuationRequest request, Actor actor) {
		return actor.isCoordinator() || actor.username().equals(request.claimedBy());
	}

}
