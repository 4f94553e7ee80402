package org.evac.bot.conversation;

/** A step's reading of an answer: understood, or to be asked again with a reason. */
sealed interface Parsed<T> {

	record Ok<T>(T value) implements Parsed<T> {
	}

	/** Ask again, saying why ({@code reasonKey} names the message). */
	record Invalid<T>(String reasonKey, Object[] args) implements Parsed<T> {
	}

	static <T> Parsed<T> ok(T value) {
		return new Ok<>(value);
	}

	static <T> Parsed<T> invalid(String reasonKey, Object... args) {
		return new Invalid<>(reasonKey, args);
	}

}
