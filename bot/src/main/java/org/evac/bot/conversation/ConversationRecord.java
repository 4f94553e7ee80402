package org.evac.bot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A conversation as stored: one document per chat, so every turn is one atomic write.
 *
 * @param lastUpdateId the newest Telegram update applied
 * @param recentUpdateIds the last updates applied, newest last: an update among them is a
 * redelivery and has no effect. A window rather than a watermark, because with several
 * instances an older update of the chat may arrive after a newer one, and must still
 * count
 * @param version raised by every write, so two instances never both apply a turn
 * @param nudges the reminders to finish a draft sent so far, or null; written by the
 * reminders beside the turns, never raising the version
 * @param nextFollowUpAt when the follow-ups look at the conversation next: every turn
 * with a draft in progress sets it to the turn's time ("look again"), the follow-ups move
 * it on to when their next reminder falls due; null when there is no draft to follow up
 */
@Document("conversations")
public record ConversationRecord(@Id long chatId, ConversationState state, long lastUpdateId,
		List<Long> recentUpdateIds, Instant startedAt, Instant updatedAt, long version, Nudges nudges,
		@Indexed(sparse = true) Instant nextFollowUpAt) {

	static final int REMEMBERED_UPDATES = 32;

	@PersistenceCreator
	public ConversationRecord {
		recentUpdateIds = (recentUpdateIds == null) ? List.of() : List.copyOf(recentUpdateIds);
	}

	/** A conversation no reminder has been sent for. */
	public ConversationRecord(long chatId, ConversationState state, long lastUpdateId, List<Long> recentUpdateIds,
			Instant startedAt, Instant updatedAt, long version) {
		this(chatId, state, lastUpdateId, recentUpdateIds, startedAt, updatedAt, version, null);
	}

	/** A conversation the follow-ups look at as of its last turn. */
	public ConversationRecord(long chatId, ConversationState state, long lastUpdateId, List<Long> recentUpdateIds,
			Instant startedAt, Instant updatedAt, long version, Nudges nudges) {
		this(chatId, state, lastUpdateId, recentUpdateIds, startedAt, updatedAt, version, nudges,
				lookAgainAt(state, updatedAt));
	}

	/**
	 * When the follow-ups look at a conversation in this state, changed at {@code at}:
	 * then, if a draft is in progress; never otherwise.
	 */
	static Instant lookAgainAt(ConversationState state, Instant at) {
		return (state != null && !state.isIdle() && state.draftId() != null) ? at : null;
	}

	/**
	 * Whether this update was applied already (or is older than everything remembered).
	 */
	boolean hasApplied(long updateId) {
		if (this.recentUpdateIds.isEmpty()) {
			return updateId <= this.lastUpdateId;
		}
		boolean full = this.recentUpdateIds.size() >= REMEMBERED_UPDATES;
		return this.recentUpdateIds.contains(updateId) || (full && updateId < this.recentUpdateIds.get(0));
	}

	/** The window after applying {@code updateId}. */
	List<Long> remembering(long updateId) {
		List<Long> ids = new ArrayList<>(this.recentUpdateIds);
		ids.add(updateId);
		ids.sort(null);
		return List.copyOf(ids.subList(Math.max(0, ids.size() - REMEMBERED_UPDATES), ids.size()));
	}

	/** The reminders to finish the draft in progress sent so far. */
	public int nudgesSent() {
		return (this.nudges != null && this.state != null && this.nudges.draftId().equals(this.state.draftId()))
				? this.nudges.sent() : 0;
	}

	/**
	 * @param draftId the draft they were sent for
	 * @param sent how many
	 */
	public record Nudges(String draftId, int sent) {
	}

}
