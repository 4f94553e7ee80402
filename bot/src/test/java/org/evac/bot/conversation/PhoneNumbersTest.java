package org.evac.bot.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

	@ParameterizedTest
	@ValueSource(strings = { "050 123 45 67", "+38 (050) 123-45-67", "80501234567", "380501234567", "0501234567",
			"501234567", "+380501234567", "+380 50 123 45 67", "(050) 123.45.67", " 0501234567 ", "050-123-45-67" })
	void writesAUkrainianNumberInInternationalForm(String typed) {
		assertThat(PhoneNumbers.normalize(typed)).contains("+380501234567");
	}

	@ParameterizedTest
	@CsvSource({ "067 555 12 34, +380675551234", "093 000 00 01, +380930000001", "+380442345678, +380442345678" })
	void keepsTheOperatorOrAreaCode(String typed, String normalized) {
		assertThat(PhoneNumbers.normalize(typed)).contains(normalized);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "12345", "+48 601 234 567", "abc", "050 123 45 6", "050 123 45 678", "0001234567",
			"380001234567", "050+1234567", "+7 912 345 67 89", "050 123 45 67 ext 2", "😀🙏",
			"0501234567 0671234567 0931234567" })
	void refusesWhatIsNotAUkrainianNumber(String typed) {
		assertThat(PhoneNumbers.normalize(typed)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "+48 601 234 567, +48601234567", "0048 601 234 567, +48601234567", "+44 7911 123456, +447911123456",
			"+49 1512 3456789, +4915123456789", "050 123 45 67, +380501234567", "+380 50 123 45 67, +380501234567" })
	void readsTheWritersOwnNumberFromAnyCountry(String typed, String normalized) {
		assertThat(PhoneNumbers.normalizeAnyCountry(typed)).contains(normalized);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "12345", "+48 601", "abc", "601 234 567 8", "+48 601 234 567 ext 2", "😀🙏",
			"+999 123 456 789" })
	void refusesWhatIsNoNumberOfAnyCountry(String typed) {
		assertThat(PhoneNumbers.normalizeAnyCountry(typed)).isEmpty();
	}

}
