package org.evac.domain.request;

/** Someone else works on the request already. */
public class ClaimedByOther extends IllegalStateException {

	private final String holder;

	public ClaimedByOther(String number, String holder) {
		super("Request %s is claimed by %s".formatted(number, holder));
		this.holder = holder;
	}

	public String holder() {
		return this.holder;
	}

}
