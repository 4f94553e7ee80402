package org.evac.outbox;

/**
 * Told when a resident can no longer be reached on Telegram, so a volunteer phones
 * instead.
 */
public interface BlockedChats {

	void blocked(long chatId);

}
