package org.evac.domain.i18n;

/**
 * A name in each language. Russian or English may be missing in the sources: then the
 * Ukrainian name stands in.
 */
public record LocalizedName(String uk, String en, String ru) {

	public String in(Language language) {
		String name = switch (language) {
			case UK -> this.uk;
			case EN -> this.en;
			case RU -> this.ru;
		};
		return (name == null || name.isBlank()) ? this.uk : name;
	}

	public static LocalizedName ukrainian(String uk) {
		return new LocalizedName(uk, null, null);
	}

}
