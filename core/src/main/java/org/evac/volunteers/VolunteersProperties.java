package org.evac.volunteers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where volunteers are told about requests that need a person to act.
 *
 * @param chatId the volunteers' Telegram group ({@code EVAC_VOLUNTEER_CHAT_ID}), a
 * negative number for a group; empty (the default): nobody is told in Telegram, and such
 * requests are only raised in the queue
 */
@ConfigurationProperties("evac.volunteers")
public record VolunteersProperties(Long chatId) {

	public boolean hasChat() {
		return this.chatId != null && this.chatId != 0;
	}

}
