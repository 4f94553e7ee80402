package org.evac.outbox;

/**
 * Which priority lane a message goes out in, within the bot's overall limit: replies to
 * someone who just wrote first, then volunteers' messages, then reminders and check-ins,
 * then group chats. (Not to be confused with a {@link ChatLane}, one chat's queue: a
 * chat's messages keep their order whatever their lanes.) Each lane below the first gets
 * at least {@link PriorityLanes#SHARE one pick in five} while it has work, so none
 * starves.
 */
public enum Lane {

	/** Answers to a resident (or anyone) who just wrote: they are looking at the chat. */
	RESIDENT,

	/**
	 * A volunteer's message to a resident, or a card to a volunteer: a person wrote it.
	 */
	VOLUNTEER,

	/** Reminders and check-ins: timed by evac, a few seconds later changes nothing. */
	REMINDER,

	/**
	 * Group chats (the volunteers' chat): read at the volunteers' pace, and limited to 20
	 * a minute each anyway.
	 */
	GROUP;

	/** The outbox key the reminders are queued under ({@code reminder:<key>}). */
	static final String REMINDER_KEY = "reminder:";

	/**
	 * The lane of a message queued under {@code key} (or stored with an id made from it):
	 * what queued it says how urgent it is. Group chats have negative ids.
	 */
	static Lane of(String key, OutgoingMessage message) {
		if (message.chatId() < 0) {
			return GROUP;
		}
		if (key.startsWith(REMINDER_KEY) || "reminder".equals(message.purpose())) {
			return REMINDER;
		}
		if ("volunteer".equals(message.purpose())) {
			return VOLUNTEER;
		}
		return RESIDENT;
	}

}
