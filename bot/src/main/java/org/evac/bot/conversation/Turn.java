package org.evac.bot.conversation;

/** One thing a resident did, with where it came from. */
public record Turn(long chatId, long updateId, Incoming incoming) {

}
