package org.evac.domain.place;

import java.util.List;
import java.util.Optional;

/**
 * What a typed place name may mean: the candidates, most likely first, and whether the
 * first may be taken without asking.
 *
 * @param candidates at most {@link PlaceMatcher#MAX_CANDIDATES}
 * @param certain the typed name is the official name of the first candidate, of no other
 * settlement, and no other settlement has it as another name, and it lies in a front-line
 * oblast: the only case in which the resident is not asked to confirm
 */
public record PlaceMatch(List<Candidate> candidates, boolean certain) {

	public PlaceMatch {
		candidates = List.copyOf(candidates);
		if (certain && candidates.isEmpty()) {
			throw new IllegalArgumentException("A certain match needs its settlement");
		}
	}

	/** How a candidate's name came to match. */
	public enum How {

		/** The typed name is its official name (any case, any apostrophe). */
		OFFICIAL,
		/**
		 * Another of its names: Russian, before renaming, Latin, or spelled another way.
		 */
		OTHER_NAME,
		/** A name one or two letters away from the typed one. */
		SIMILAR

	}

	/**
	 * A settlement the typed name may mean.
	 *
	 * @param distance letters changed, missing or added (0 unless {@link How#SIMILAR})
	 */
	public record Candidate(Settlement settlement, How how, int distance) {
	}

	public static PlaceMatch none() {
		return new PlaceMatch(List.of(), false);
	}

	/** The settlement to take without asking, if the match is certain. */
	public Optional<Settlement> certainSettlement() {
		return this.certain ? Optional.of(this.candidates.get(0).settlement()) : Optional.empty();
	}

	public List<Settlement> settlements() {
		return this.candidates.stream().map(Candidate::settlement).toList();
	}

	/** Every candidate bears the typed name officially: namesakes, not guesses. */
	public boolean namesakesOnly() {
		return !this.candidates.isEmpty() && this.candidates.stream().allMatch(c -> c.how() == How.OFFICIAL);
	}

}
