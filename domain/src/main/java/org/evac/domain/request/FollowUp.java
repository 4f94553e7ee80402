package org.evac.domain.request;

import java.time.Instant;

/**
 * How the bot follows up on a request: its check-ins and what it told volunteers. Kept
 * with the request, so an answer and the status it changes are one write, and the next
 * check-in is worked out from here, never from a fixed timetable.
 *
 * @param checkIns check-ins sent so far
 * @param lastCheckInAt when the last one was sent, or null
 * @param answeredAt when the resident last answered one, or null
 * @param missed check-ins in a row left without an answer
 * @param silenceReportedAt when volunteers were told that the resident went silent;
 * cleared by the next answer, so a new silence is reported again
 * @param unclaimedReportedAt when volunteers were told that nobody took the request
 * @param pickupRemindedFor the pickup time the resident was last reminded of, so a pickup
 * moved to another time is reminded again
 */
public record FollowUp(int checkIns, Instant lastCheckInAt, Instant answeredAt, int missed, Instant silenceReportedAt,
		Instant unclaimedReportedAt, Instant pickupRemindedFor) {

	public static final FollowUp NONE = new FollowUp(0, null, null, 0, null, null, null);

	/** One more check-in went out; the one before it counts as missed if unanswered. */
	FollowUp checkInSent(Instant at) {
		boolean previousUnanswered = this.lastCheckInAt != null
				&& (this.answeredAt == null || this.answeredAt.isBefore(this.lastCheckInAt));
		return new FollowUp(this.checkIns + 1, at, this.answeredAt, previousUnanswered ? this.missed + 1 : this.missed,
				this.silenceReportedAt, this.unclaimedReportedAt, this.pickupRemindedFor);
	}

	FollowUp answered(Instant at) {
		return new FollowUp(this.checkIns, this.lastCheckInAt, at, 0, null, this.unclaimedReportedAt,
				this.pickupRemindedFor);
	}

	FollowUp silenceReported(Instant at) {
		return new FollowUp(this.checkIns, this.lastCheckInAt, this.answeredAt, this.missed, at,
				this.unclaimedReportedAt, this.pickupRemindedFor);
	}

	FollowUp unclaimedReported(Instant at) {
		return new FollowUp(this.checkIns, this.lastCheckInAt, this.answeredAt, this.missed, this.silenceReportedAt, at,
				this.pickupRemindedFor);
	}

	FollowUp pickupReminded(Instant pickupAt) {
		return new FollowUp(this.checkIns, this.lastCheckInAt, this.answeredAt, this.missed, this.silenceReportedAt,
				this.unclaimedReportedAt, pickupAt);
	}

}
