package org.evac.domain.place;

import org.evac.domain.i18n.LocalizedName;

/**
 * A phone number residents can call; {@code oblastCode} null means everywhere.
 *
 * @param area where within the oblast the service works, as its source says ("the Bakhmut
 * front"); null when it serves the whole oblast (or the country). Residents are shown it
 * beside the number, so that a line for one front is not taken for the oblast's
 */
public record Hotline(String code, String oblastCode, String phone, LocalizedName names, LocalizedName area) {

	public Hotline(String code, String oblastCode, String phone, LocalizedName names) {
		this(code, oblastCode, phone, names, null);
	}

	public boolean servesOblast(String oblast) {
		return this.oblastCode == null || this.oblastCode.equals(oblast);
	}

}
