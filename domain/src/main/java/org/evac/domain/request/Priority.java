package org.evac.domain.request;

/**
 * How urgent a household is, before waiting time is counted: people who cannot leave on
 * their own and children come first.
 */
final class Priority {

	private Priority() {
	}

	static int of(RequestDetails details, boolean needsAttention) {
		int score = 0;
		if (details.needs().contains(SpecialNeed.BEDRIDDEN)) {
			score += 40;
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
