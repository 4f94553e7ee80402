package org.evac.domain.request;

/** One account may not take this claim now: see {@link ClaimCap}. */
public class ClaimRefused extends RuntimeException {

	private final Why why;

	public ClaimRefused(Why why, String message) {
		super(message);
		this.why = why;
	}

	public Why why() {
		return this.why;
	}

	public enum Why {

		/** More claims a minute than {@link ClaimProperties#perMinute()}. */
		TOO_FAST,

		/** Holds {@link ClaimProperties#maxPerVolunteer()} open requests already. */
		HOLDS_TOO_MANY

	}

}
