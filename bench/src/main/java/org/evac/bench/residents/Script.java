package org.evac.bench.residents;

import java.util.List;

/**
 * The whole questionnaire as a resident near Bakhmut goes through it by buttons, typing
 * only the address: fourteen updates from {@code /start} to a filed request.
 */
public final class Script {

	static final double LATITUDE = 48.595;

	static final double LONGITUDE = 38.000;

	/** Dnipropetrovsk oblast. */
	private static final String DNIPRO = "UA12000000000090473";

	static final List<Step> STEPS = List.of(Step.says("/start", "notice|"), Step.taps("notice|ok", "request_location"),
			Step.sharesLocation("address|"), Step.says("вул. Миру, 5, кв. 2", "request_contact"),
			Step.sharesContact("380501234567", "second-phone|"), Step.taps("second-phone|skip", "household|"),
			Step.taps("household|3", "children|"), Step.taps("children|2", "needs|"),
			Step.taps("needs|ELDERLY", "needs|done"), Step.taps("needs|done", "destination|"),
			Step.taps("destination|OTHER_OBLAST", "destination-oblast|"),
			Step.taps("destination-oblast|" + DNIPRO, "accommodation|"), Step.taps("accommodation|need", "summary|"),
			Step.taps("summary|confirm", "EV-"));

	private Script() {
	}

	public static int length() {
		return STEPS.size();
	}

}
