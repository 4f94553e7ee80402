package org.evac.bot.followup;

import java.time.Instant;

/**
 * A reminder a rule says its subject calls for.
 *
 * @param key the reminder's identity: the same subject in the same state plans the same
 * key
 * @param kind the {@link ReminderKind#name() name} of its kind
 * @param subject the request id, or for nudges the draft id
 * @param dueAt when it falls due (before quiet hours are counted)
 */
record Planned(String key, String kind, long chatId, String subject, Instant dueAt) {

}
