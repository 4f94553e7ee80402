package org.evac.domain.request;

import java.time.Instant;

import org.evac.domain.audit.AuditAction;

/**
 * What a change of a request still owes the rest of evac: its audit record and, when the
 * resident is to hear of it, the notice. It is stored in the request's document by the
 * same write as the change, so a crash cannot keep the change and lose these; the relay
 * ({@code org.evac.outbox.EffectsRelay}) then writes them out and clears them. Both are
 * keyed, so writing them out again after a crash adds nothing.
 *
 * @param key names the change: the audit record's id
 * @param at when the change was made (the audit record's time)
 * @param account who made it
 * @param detail what to write in the audit, never personal
 * @param notice what the resident is told, or null
 */
public record PendingEffect(String key, Instant at, String account, AuditAction action, String detail, Notice notice) {

	/**
	 * A message to the resident.
	 *
	 * @param key the outbox key: queueing it again adds nothing
	 * @param purpose why it is sent, for the outbox's metrics
	 */
	public record Notice(String key, long chatId, String text, String purpose) {
	}

	/** The same without its notice: the resident erased their data. */
	PendingEffect withoutNotice() {
		return (this.notice == null) ? this
				: new PendingEffect(this.key, this.at, this.account, this.action, this.detail, null);
	}

}
