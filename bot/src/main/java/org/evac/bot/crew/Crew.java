package org.evac.bot.crew;

import org.evac.bot.conversation.Incoming;

/**
 * What volunteers do with the bot, as opposed to residents: link their account in a
 * private chat, and tap their team's buttons in its group.
 */
public class Crew {

	private final CrewLinking linking;

	private final CrewClaims claims;

	private final CrewCasework casework;

	public Crew(CrewLinking linking, CrewClaims claims, CrewCasework casework) {
		this.linking = linking;
		this.claims = claims;
		this.casework = casework;
	}

	/** A private message: true when it was a volunteer's link code, and was handled. */
	public boolean handles(long chatId, Incoming incoming, int updateId) {
		return handles(chatId, incoming, null, updateId);
	}

	/**
	 * A private message or tap: true when it was a volunteer's (a link code, a button of
	 * their card, the pickup they were asked for), and was handled.
	 */
	public boolean handles(long chatId, Incoming incoming, String callbackQueryId, int updateId) {
		if (incoming instanceof Incoming.ButtonPress press) {
			return this.casework.tapped(chatId, press.data(), callbackQueryId, updateId);
		}
		if (this.linking.handles(chatId, incoming, updateId)) {
			return true;
		}
		return incoming instanceof Incoming.Text text && this.casework.typed(chatId, text.text(), updateId);
	}

	/** A tap in a group: true when it was a crew's button, and was handled. */
	public boolean tapped(long groupChatId, long fromUserId, String data, String callbackQueryId, int updateId) {
		return this.claims.tapped(groupChatId, fromUserId, data, callbackQueryId, updateId);
	}

}
