package org.evac.domain.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Residents' texts, from {@code messages/messages_uk|en|ru.properties}.
 *
 * <p>
 * Placeholders are {@code {0}}, {@code {1}}...; unlike {@link java.text.MessageFormat} an
 * apostrophe is just an apostrophe, which Ukrainian and English texts are full of.
 */
public final class Messages {

	private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

	public Messages() {
		for (Language language : Language.values()) {
			this.bundles.put(language, load("messages/messages_" + language.code() + ".properties"));
		}
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing message bundle " + resource);
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	public String text(Language language, String key, Object... args) {
		String pattern = this.bundles.get(language).getProperty(key);
		if (pattern == null) {
			pattern = this.bundles.get(Language.UK).getProperty(key);
		}
		if (pattern == null) {
			throw new IllegalArgumentException("No message '" + key + "'");
		}
		return fill(pattern, args);
	}

	/**
	 * One pass, so a resident's own text that contains "{1}" is never filled in again.
	 */
	private static String fill(String pattern, Object[] args) {
		StringBuilder text = new StringBuilder(pattern.length() + 32);
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			int close = (c == '{') ? pattern.indexOf('}', i) : -1;
			if (close == i + 2 && Character.isDigit(pattern.charAt(i + 1))) {
				int index = pattern.charAt(i + 1) - '0';
				text.append(index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
				i = close + 1;
			}
			else {
				text.append(c);
				i++;
			}
		}
		return text.toString();
	}

	public boolean has(String key) {
		return this.bundles.get(Language.UK).containsKey(key);
	}

	public Set<String> keys(Language language) {
		return this.bundles.get(language).stringPropertyNames();
	}

}
