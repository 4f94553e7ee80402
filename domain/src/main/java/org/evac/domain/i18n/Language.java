package org.evac.domain.i18n;

import java.util.Locale;

/** The languages residents are answered in. Ukrainian comes first and is the fallback. */
public enum Language {

	UK("uk"), EN("en"), RU("ru");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

	/**
	 * Telegram's {@code language_code} ("en", "en-GB", "ru", ...): anything unknown is
	 * Ukrainian.
	 */
	public static Language fromTelegram(String languageCode) {
		if (languageCode == null) {
			return UK;
		}
		String lower = languageCode.toLowerCase(Locale.ROOT);
		for (Language language : values()) {
			if (lower.equals(language.code) || lower.startsWith(language.code + "-")) {
				return language;
			}
		}
		return UK;
	}

	public static Language fromCode(String code) {
		for (Language language : values()) {
			if (language.code.equalsIgnoreCase(code)) {
				return language;
			}
		}
		return UK;
	}

}
