package org.evac.domain.request;

import java.time.Instant;

/**
 * One message between the team and the resident.
 *
 * @param id unique within the request; for a resident's message it is made from the
 * Telegram update, so a redelivered update attaches nothing twice
 * @param by the volunteer's account, or {@code resident}
 */
public record ThreadMessage(String id, Instant at, From from, String by, String text) {

	public enum From {

		RESIDENT, VOLUNTEER

	}

}
