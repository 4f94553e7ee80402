package org.evac.outbox;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long texts are cut where a reader would pause: a paragraph, a line, a sentence, a word;
 * and never inside a character.
 */
class TextSplitterTest {

	private static List<String> split(String text) {
		return TextSplitter.split(text, 20);
	}

	@Test
	void aTextThatFitsStaysWhole() {
		assertThat(split("short")).containsExactly("short");
		assertThat(split("")).containsExactly("");
		assertThat(split("x".repeat(20))).containsExactly("x".repeat(20));
	}

	@Test
	void aParagraphIsTheBestPlaceToCut() {
		assertThat(split("first part.\n\nsecond\nthird line")).containsExactly("first part.", "second\nthird line");
	}

	@Test
	void thenALine() {
		assertThat(split("one two three\nfour. five six")).containsExactly("one two three", "four. five six");
	}

	@Test
	void thenASentence() {
		assertThat(split("It is very late. Go now")).containsExactly("It is very late.", "Go now");
	}

	@Test
	void thenAWord() {
		assertThat(split("one two three four five")).containsExactly("one two three four", "five");
	}

	@Test
	void aBoundaryTooEarlyIsNotWorthALongCut() {
		assertThat(split("a b" + "c".repeat(30))).containsExactly("a b" + "c".repeat(17), "c".repeat(13));
	}

	@Test
	void aCharacterOutsideTheBasicPlaneIsNeverCutInTwo() {
		String text = "x".repeat(19) + "\uD83D\uDE00" + "tail";

		assertThat(split(text)).containsExactly("x".repeat(19), "\uD83D\uDE00tail");
	}

	@Test
	void aVeryLongTextIsCutAsOftenAsNeeded() {
		assertThat(TextSplitter.split("word ".repeat(3000), TextSplitter.MAX)).hasSize(4)
			.allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(TextSplitter.MAX));
	}

}
