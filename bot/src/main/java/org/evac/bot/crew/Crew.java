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

	private final CrewMessages replies;

	public Crew(CrewLinking linking, CrewClaims claims, CrewCasework casework, CrewMessages replies) {
		this.linking = linking;
		this.claims = claims;
		this.casework = casework;
		this.replies = replies;
	}

	/** A private message: true when it was a volunteer's link code, and was handled. */
	public boolean handles(long chatId, Incoming incoming, int updateId) {
		return handles(chatId, incoming, null, null, updateId);
	}

	/**
	 * A private message or tap: true when it was a volunteer's (a link code, a button of
	 * their card, the pickup they were asked for, a reply to the resident), and was
	 * handled.
	 * @param repliedTo the text of the bot's message it replies to, or null
	 */
	public boolean handles(long chatId, Incoming incoming, String callbackQueryId, String repliedTo, int updateId) {
		if (incoming instanceof Incoming.ButtonPress press) {
			return this.casework.tapped(chatId, press.data(), callbackQueryId, updateId);
		}
		if (this.linking.handles(chatId, incoming, updateId)) {
			return true;
		}
		if (!(incoming instanceof Incoming.Text text)) {
			return false;
		}
		if (repliedTo == null) {
			return this.casework.typed(chatId, text.text(), updateId);
		}
		// a reply goes to the resident, unless it is the pickup the bot asked for
		return this.casework.typedPickup(chatId, text.text(), updateId)
				|| this.replies.replied(chatId, text.text(), repliedTo, updateId);
	}

	/** A tap in a group: true when it was a crew's button, and was handled. */
	public boolean tapped(long groupChatId, long fromUserId, String data, String callbackQueryId, int updateId) {
		return this.claims.tapped(groupChatId, fromUserId, data, callbackQueryId, updateId);
	}

}
