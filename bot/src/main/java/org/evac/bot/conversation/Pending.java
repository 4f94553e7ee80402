package org.evac.bot.conversation;

import java.util.List;

/**
 * A question the resident must confirm before something irreversible happens.
 *
 * @param numbers the requests it concerns (for {@link Kind#CANCEL})
 */
public record Pending(Kind kind, List<String> numbers) {

	public enum Kind {

		CANCEL, DELETE, DISCARD, NEW_REQUEST

	}

	public Pending {
		numbers = (numbers == null) ? List.of() : List.copyOf(numbers);
	}

	static Pending of(Kind kind) {
		return new Pending(kind, List.of());
	}

}
