package org.evac.domain.place;

import org.evac.domain.i18n.LocalizedName;

/**
 * An oblast (or Crimea, Kyiv, Sevastopol).
 *
 * @param acceptsEvacuees offered to residents as "another oblast" to go to
 */
public record Oblast(String code, String iso, LocalizedName names, boolean frontline, boolean acceptsEvacuees) {

	public PlaceRef ref() {
		return new PlaceRef(this.code, this.names.uk());
	}

}
