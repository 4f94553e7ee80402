package org.evac.domain.place;

/**
 * Who last wrote a piece of reference data. A seed reload refreshes what came from the
 * seeds and never touches what a coordinator changed.
 */
public enum Source {

	SEED, COORDINATOR

}
