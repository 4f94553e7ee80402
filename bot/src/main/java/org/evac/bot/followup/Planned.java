package org.evac.bot.followup;

import java.time.Instant;

/**
 * A reminder a rule says is due for its subject now.
 *
 * @param key the reminder's identity: the same subject in the same state plans the same
 * key
 * @param subject the request id, or for nudges the draft id
 * @param dueAt when it came due (before quiet hours are counted)
 */
record Planned(String key, Reminder.Kind kind, long chatId, String subject, Instant dueAt) {

}
