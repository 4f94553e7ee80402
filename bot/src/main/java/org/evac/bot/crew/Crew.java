package org.evac.bot.crew;

import org.evac.bot.conversation.Incoming;

/**
 * What volunteers do with the bot, as opposed to residents: link their account in a
 * private chat, and tap their team's buttons in its group.
 */
public class Crew {

	private final CrewLinking linking;

	private final CrewClaims claims;

	public Crew(CrewLinking linking, CrewClaims claims) {
		this.linking = linking;
		this.claims = claims;
	}

	/** A private message: true when it was a volunteer's link code, and was handled. */
	public boolean handles(long chatId, Incoming incoming, int updateId) {
		return this.linking.handles(chatId, incoming, updateId);
	}

	/** A tap in a group: true when it was a crew's button, and was handled. */
	public boolean tapped(long groupChatId, long fromUserId, String data, String callbackQueryId, int updateId) {
		return this.claims.tapped(groupChatId, fromUserId, data, callbackQueryId, updateId);
	}

}
