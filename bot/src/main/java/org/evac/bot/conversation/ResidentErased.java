package org.evac.bot.conversation;

/**
 * A resident erased their data (/delete): nothing more may be sent to them unasked.
 *
 * @param chatId their chat
 */
public record ResidentErased(long chatId) {

}
