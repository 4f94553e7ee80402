package org.evac.domain.request;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * One message between the team and the resident.
 *
 * @param id unique within the request; for a resident's message it is made from the
 * Telegram update, so a redelivered update attaches nothing twice
 * @param by the volunteer's account, or {@code resident}
 * @param attachment a voice message, photo... the resident sent, or null
 */
public record ThreadMessage(String id, Instant at, From from, String by, String text, Attachment attachment) {

	@PersistenceCreator
	public ThreadMessage {
	}

	/** A message of words only. */
	public ThreadMessage(String id, Instant at, From from, String by, String text) {
		this(id, at, from, by, text, null);
	}

	public enum From {

		RESIDENT, VOLUNTEER

	}

}
