package org.evac.domain.place;

import org.evac.domain.i18n.LocalizedName;

/** A phone number residents can call; {@code oblastCode} null means everywhere. */
public record Hotline(String code, String oblastCode, String phone, LocalizedName names) {

	public boolean servesOblast(String oblast) {
		return this.oblastCode == null || this.oblastCode.equals(oblast);
	}

}
