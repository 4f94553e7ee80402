package org.evac.bench.residents;

import java.util.List;

/**
 * The whole questionnaire as a resident near Bakhmut goes through it by buttons, typing
 * only the address: seventeen updates from {@code /start} to a filed request, each
 * answered by one message, the next question (the notice comes with the first one).
 */
public final class Script {

	static final double LATITUDE = 48.595;

	static final double LONGITUDE = 38.000;

	/** Dnipropetrovsk oblast. */
	private static final String DNIPRO = "UA12000000000090473";

	static final List<Step> STEPS = List.of(Step.says("/start", "who|"), Step.taps("who|SELF", "request_location"),
			Step.sharesLocation("address|"), Step.says("вул. Миру, 5, кв. 2", "request_contact"),
			Step.sharesContact("380501234567", "second-phone|"), Step.taps("second-phone|skip", "household|"),
			Step.taps("household|3", "children|"), Step.taps("children|2", "needs|"),
			Step.taps("needs|ELDERLY", "needs|WALKS"), Step.taps("needs|WALKS", "danger|"),
			Step.taps("danger|no", "ready|"), Step.taps("ready|NOW", "destination|"),
			Step.taps("destination|OTHER_OBLAST", "destination-oblast|"),
			Step.taps("destination-oblast|" + DNIPRO, "accommodation|"), Step.taps("accommodation|need", "crew-note|"),
			Step.taps("crew-note|skip", "summary|"), Step.taps("summary|confirm", "EV-"));

	private Script() {
	}

	public static int length() {
		return STEPS.size();
	}

}
