package org.evac.domain.place;

/**
 * A place as a request remembers it: its KATOTTG code (when known) and Ukrainian name.
 */
public record PlaceRef(String code, String name) {

	/** A place the resident typed that the register does not know. */
	public static PlaceRef named(String name) {
		return new PlaceRef(null, name);
	}

}
