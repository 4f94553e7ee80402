package org.evac.domain.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The Ukrainian, English and Russian texts say the same things: the same keys, none
 * empty, each with the same placeholders.
 */
class MessageBundlesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	private static final Properties UK = bundle(Language.UK);

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "EN", "RU" })
	void hasTheSameKeysAsTheUkrainianBundle(Language language) {
		Properties bundle = bundle(language);

		assertThat(bundle.stringPropertyNames()).as("keys missing in %s", language)
			.containsAll(UK.stringPropertyNames());
		assertThat(UK.stringPropertyNames()).as("keys only in %s", language).containsAll(bundle.stringPropertyNames());
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void hasNoEmptyText(Language language) {
		Properties bundle = bundle(language);

		assertThat(bundle.stringPropertyNames()).isNotEmpty()
			.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
	}

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "EN", "RU" })
	void usesTheSamePlaceholdersAsTheUkrainianText(Language language) {
		Properties bundle = bundle(language);

		assertThat(UK.stringPropertyNames()).allSatisfy(
				key -> assertThat(placeholders(bundle.getProperty(key))).as("placeholders of %s in %s", key, language)
					.isEqualTo(placeholders(UK.getProperty(key))));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void numbersThePlaceholdersFromZeroWithoutGaps(Language language) {
		Properties bundle = bundle(language);

		assertThat(bundle.stringPropertyNames()).allSatisfy(key -> {
			Set<Integer> used = placeholders(bundle.getProperty(key));
			assertThat(used).as(key).allMatch(n -> n < used.size());
		});
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void writesApostrophesAsTheyAreRead(Language language) {
		Properties bundle = bundle(language);

		// the texts are not MessageFormat patterns: a doubled '' would be shown doubled
		assertThat(bundle.stringPropertyNames())
			.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("''").doesNotContain("{{"));
	}

	@Test
	void readsEveryTextWithoutPlaceholdersLeftWhenGivenItsArguments() {
		Messages messages = new Messages();

		for (Language language : Language.values()) {
			for (String key : messages.keys(language)) {
				Object[] args = placeholders(UK.getProperty(key)).stream().map(n -> "«" + n + "»").toArray();
				assertThat(messages.text(language, key, args)).as("%s in %s", key, language)
					.doesNotContainPattern(PLACEHOLDER);
			}
		}
	}

	@Test
	void fillsAPlaceholderOnceSoAResidentsOwnBracesStayAsTyped() {
		Messages messages = new Messages();

		assertThat(messages.text(Language.UK, "summary.address", "{1} вул. {0}")).isEqualTo("🏠 Адреса: {1} вул. {0}");
	}

	@Test
	void refusesAnUnknownKeyInsteadOfShowingIt() {
		Messages messages = new Messages();

		assertThat(messages.has("notice")).isTrue();
		assertThat(messages.has("no.such.key")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> messages.text(Language.EN, "no.such.key"));
	}

	private static Set<Integer> placeholders(String text) {
		Set<Integer> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(Integer.parseInt(m.group(1)));
		}
		return found;
	}

	private static Properties bundle(Language language) {
		String resource = "messages/messages_" + language.code() + ".properties";
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError("Cannot read " + resource, ex);
		}
		return properties;
	}

}
