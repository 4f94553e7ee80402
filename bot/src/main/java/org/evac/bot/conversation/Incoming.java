package org.evac.bot.conversation;

/**
 * What a resident did, in our own words: the engine never sees a Telegram type.
 */
public sealed interface Incoming {

	/** A typed message. */
	record Text(String text) implements Incoming {
	}

	/** {@code /start}, {@code /status}... (name without the slash, lower case). */
	record Command(String name) implements Incoming {
	}

	/** A tap on an inline button; {@code data} may be stale or forged. */
	record ButtonPress(String data, int messageId) implements Incoming {
	}

	/** A shared contact; {@code own} when it is the resident's own number. */
	record SharedContact(String phone, boolean own) implements Incoming {
	}

	record SharedLocation(double lat, double lon) implements Incoming {
	}

	/**
	 * A voice message, photo, video note or document, by Telegram's file id: passed on to
	 * volunteers after filing, not an answer to a question.
	 *
	 * @param kind {@code voice}, {@code photo}, {@code video}, {@code video_note},
	 * {@code audio} or {@code document}
	 * @param caption the words sent with it, or null
	 */
	record Media(String kind, String fileId, String caption) implements Incoming {
	}

	/** Stickers, animations, polls...: {@code kind} names what it was. */
	record Unsupported(String kind) implements Incoming {
	}

	/** An edit of an earlier message: we do not re-read answers. */
	record Edited() implements Incoming {
	}

}
