package org.evac.outbox;

import java.util.ArrayList;
import java.util.List;

/** The buttons under a reply. */
public sealed interface Keyboard {

	Keyboard NONE = new None();

	Keyboard REMOVE = new Remove();

	/** Keep whatever keyboard the chat shows. */
	record None() implements Keyboard {
	}

	/** Take away the big reply keyboard (contact, location buttons). */
	record Remove() implements Keyboard {
	}

	/** Buttons under the message; a tap sends {@code data} back. */
	record Inline(List<List<InlineButton>> rows) implements Keyboard {

		public static Inline of(List<InlineButton> buttons, int perRow) {
			List<List<InlineButton>> rows = new ArrayList<>();
			for (int i = 0; i < buttons.size(); i += perRow) {
				rows.add(List.copyOf(buttons.subList(i, Math.min(i + perRow, buttons.size()))));
			}
			return new Inline(rows);
		}

		public static Inline column(InlineButton... buttons) {
			return of(List.of(buttons), 1);
		}

	}

	/**
	 * Buttons in place of the phone's keyboard: they send the contact or the location.
	 */
	record Reply(List<List<ReplyButton>> rows) implements Keyboard {
	}

	record InlineButton(String label, String data) {
	}

	record ReplyButton(String label, ReplyButtonKind kind) {
	}

	enum ReplyButtonKind {

		TEXT, CONTACT, LOCATION

	}

}
