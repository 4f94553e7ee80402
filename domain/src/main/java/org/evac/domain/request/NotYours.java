package org.evac.domain.request;

/**
 * A volunteer tried to change a request they do not hold: they claim it first, or leave
 * it to its holder.
 */
public class NotYours extends IllegalStateException {

	private final String holder;

	public NotYours(String number, String holder) {
		super((holder == null) ? "Claim request %s first".formatted(number)
				: "Request %s is claimed by %s".formatted(number, holder));
		this.holder = holder;
	}

	/** Who holds the request, or null when nobody does. */
	public String holder() {
		return this.holder;
	}

}
