package org.evac.bot.followup;

import java.util.List;

import org.evac.outbox.OutgoingMessage;

/**
 * What a reminder that still applies sends, and what it leaves on its subject once
 * queued, so the rule that planned it never plans it again.
 */
record Sending(List<OutgoingMessage> messages, Runnable leaveMark) {

}
