package org.evac.bot.conversation;

import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.outbox.Keyboard;

/**
 * What a step needs to ask and to understand: the language, the texts, the places.
 *
 * @param someoneElse the request is for someone else: a message with a variant
 * {@code <key>.other} speaks of them («Де вони зараз?»), and no button offers to share
 * the writer's own location for their place
 * @param keptDays how long personal details are kept after a request is closed, as the
 * notice says
 */
record Context(Language language, Messages messages, Directory directory, boolean someoneElse, long keptDays) {

	/** The retention evac ships with ({@code evac.retention.closed-after}). */
	static final long DEFAULT_KEPT_DAYS = 30;

	Context(Language language, Messages messages, Directory directory) {
		this(language, messages, directory, false, DEFAULT_KEPT_DAYS);
	}

	/** The context for asking about this draft. */
	Context about(Draft draft) {
		return new Context(this.language, this.messages, this.directory, WhoSteps.forSomeoneElse(draft), this.keptDays);
	}

	String text(String key, Object... args) {
		String variant = key + ".other";
		return this.messages.text(this.language, (this.someoneElse && this.messages.has(variant)) ? variant : key,
				args);
	}

	Reply reply(String key, Keyboard keyboard, Object... args) {
		return new Reply(key, text(key, args), this.someoneElse ? withoutSharingOwnPlace(keyboard) : keyboard);
	}

	Keyboard.InlineButton button(String labelKey, String data, Object... args) {
		return new Keyboard.InlineButton(text(labelKey, args), data);
	}

	private static Keyboard withoutSharingOwnPlace(Keyboard keyboard) {
		if (keyboard instanceof Keyboard.Reply reply && reply.rows()
			.stream()
			.flatMap(java.util.List::stream)
			.anyMatch(b -> b.kind() == Keyboard.ReplyButtonKind.LOCATION)) {
			return Keyboard.REMOVE;
		}
		return keyboard;
	}

}
