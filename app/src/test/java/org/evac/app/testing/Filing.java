package org.evac.app.testing;

/** A resident files a request through the bot, the quickest way a person can. */
public final class Filing {

	private Filing() {
	}

	/** Returns the request's number, as the bot told the resident. */
	public static String files(Resident resident, String place, String address, String phone) {
		resident.says("/start");
		resident.tapsLabelOf("who.SELF");
		resident.says(place);
		resident.says(address);
		resident.says(phone);
		resident.tapsLabelOf("second-phone.skip");
		resident.taps("1");
		resident.tapsLabelOf("mobility.WALKS");
		resident.tapsLabelOf("danger.no");
		resident.tapsLabelOf("ready.NOW");
		resident.tapsLabelOf("destination.UNDECIDED");
		resident.tapsLabelOf("answer.skip");
		resident.tapsLabelOf("summary.confirm");
		String filed = resident.lastMessage().text();
		if (!filed.matches("(?s).*EV-\\d+.*")) {
			throw new IllegalStateException("The bot did not file the request: " + filed);
		}
		return filed.replaceAll("(?s).*?(EV-\\d+).*", "$1");
	}

}
