package org.evac.domain.request;

/**
 * How urgent a household is, before waiting time is counted: people in danger now, who
 * cannot leave on their own, and children come first.
 */
final class Priority {

	private Priority() {
	}

	static int of(RequestDetails details, boolean needsAttention) {
		int score = details.dangerNow() ? 100 : 0;
		if (details.needsStretcher()) {
			score += 40;
		}
		else if (details.mobility() == Mobility.WHEELCHAIR) {
			score += 25;
		}
		else if (details.mobility() == Mobility.STAIRS_HELP) {
			score += 10;
		}
		if (details.needs().contains(SpecialNeed.DISABILITY)) {
			score += 25;
		}
		if (details.needs().contains(SpecialNeed.MEDICAL)) {
			score += 25;
		}
		if (details.needs().contains(SpecialNeed.PREGNANCY)) {
			score += 20;
		}
		if (details.needs().contains(SpecialNeed.ELDERLY)) {
			score += 15;
		}
		if (details.children() > 0) {
			score += 30 + Math.min(details.children(), 5) * 2;
		}
		if (needsAttention) {
			score += 50;
		}
		return score;
	}

}
