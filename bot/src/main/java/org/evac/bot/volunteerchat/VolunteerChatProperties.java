package org.evac.bot.volunteerchat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The volunteers' own Telegram chat, where every new request is announced without
 * personal details.
 *
 * @param chatId the chat's id ({@code EVAC_VOLUNTEER_CHAT_ID}, for a group a negative
 * number such as {@code -1001234567890}); empty (the default) announces nothing. The bot
 * must be a member of that chat
 */
@ConfigurationProperties("evac.volunteer-chat")
public record VolunteerChatProperties(Long chatId) {

	public boolean enabled() {
		return this.chatId != null && this.chatId != 0;
	}

}
