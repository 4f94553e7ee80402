package org.evac.bot.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FreeTextTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "'  вул. Миру, 5  '|вул. Миру, 5", "'вул.   Миру,\t\t5'|вул. Миру, 5",
					"'вул.\u200BМиру'|вул.Миру", "'Миру\u0000 5\u0007'|Миру 5", "'a\n\n\n\n\nb'|'a\n\nb'",
					"'a\r\nb'|'a\nb'", "'\u202Eевил'|евил", "'👨\u200D👩\u200D👧'|👨\u200D👩\u200D👧" })
	void cleansTypedText(String typed, String cleaned) {
		assertThat(FreeText.clean(typed)).isEqualTo(cleaned);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "😀🙏", "...", "\u0000\u0007", "\t\n" })
	void asksForWordsWhenThereAreNone(String typed) {
		assertThat(FreeText.check(typed, 100)).isInstanceOfSatisfying(Parsed.Invalid.class,
				invalid -> assertThat(invalid.reasonKey()).isEqualTo("invalid.words-please"));
	}

	@ParameterizedTest
	@CsvSource({ "Бахмут, 100", "5, 1", "'{\"$where\": \"sleep(1000)\"}', 300" })
	void takesTextWithALetterOrDigitUpToTheLimit(String typed, int limit) {
		assertThat(FreeText.check(typed, limit)).isEqualTo(Parsed.ok(typed));
	}

	@ParameterizedTest
	@CsvSource({ "ab, 1", "абв, 2" })
	void saysTheLimitWhenTextIsTooLong(String typed, int limit) {
		assertThat(FreeText.check(typed, limit)).isInstanceOfSatisfying(Parsed.Invalid.class, invalid -> {
			assertThat(invalid.reasonKey()).isEqualTo("invalid.too-long");
			assertThat(invalid.args()).containsExactly(limit);
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 300 })
	void countsEmojiAsOneCharacterEach(int limit) {
		String text = "а" + "😀".repeat(limit - 1);

		assertThat(FreeText.check(text, limit)).isEqualTo(Parsed.ok(text));
	}

}
