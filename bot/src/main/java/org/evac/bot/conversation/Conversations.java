package org.evac.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.evac.outbox.GroupCommit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The stored conversations, written only if nobody wrote in between. */
public class Conversations {

	private static final String NEXT_FOLLOW_UP = "nextFollowUpAt";

	private final MongoTemplate mongo;

	public Conversations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<ConversationRecord> find(long chatId) {
		return Optional.ofNullable(this.mongo.findById(chatId, ConversationRecord.class));
	}

	/**
	 * Stores the state after {@code updateId}; false when another writer got there first
	 * (the turn must be worked out again from what they wrote).
	 */
	boolean save(ConversationRecord before, long chatId, ConversationState state, long updateId, Instant at) {
		return save(before, chatId, state, updateId, at, this.mongo);
	}

	/** As {@link #save}, as one of the writes of {@code batch}. */
	boolean save(ConversationRecord before, long chatId, ConversationState state, long updateId, Instant at,
			GroupCommit.Batch batch) {
		return save(before, chatId, state, updateId, at, batch.writes());
	}

	private static boolean save(ConversationRecord before, long chatId, ConversationState state, long updateId,
			Instant at, MongoTemplate writes) {
		if (before == null) {
			try {
				writes.insert(new ConversationRecord(chatId, state, updateId, List.of(updateId), at, at, 1));
				return true;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		Query unchanged = Query.query(Criteria.where("_id").is(chatId).and("version").is(before.version()));
		Update update = new Update().set("state", state)
			.set("lastUpdateId", Math.max(updateId, before.lastUpdateId()))
			.set("recentUpdateIds", before.remembering(updateId))
			.set("updatedAt", at)
			.set("version", before.version() + 1)
			.set(NEXT_FOLLOW_UP, ConversationRecord.lookAgainAt(state, at));
		return writes.updateFirst(unchanged, update, ConversationRecord.class).getModifiedCount() == 1;
	}

	void forget(long chatId, GroupCommit.Batch batch) {
		batch.writes().remove(Query.query(Criteria.where("_id").is(chatId)), ConversationRecord.class);
	}

	/**
	 * Conversations with a draft in progress that nobody touched since {@code before}.
	 */
	public List<ConversationRecord> unfinishedUntouchedSince(Instant before) {
		return this.mongo.find(Query.query(Criteria.where("state.step")
			.ne(ConversationState.IDLE)
			.and("state.draft")
			.ne(null)
			.and("updatedAt")
			.lte(before)), ConversationRecord.class);
	}

	/**
	 * The conversations with a draft whose follow-ups are due by {@code now}, earliest
	 * first, at most {@code limit}: read through an index, so a tick with nothing due
	 * reads nothing.
	 */
	public List<ConversationRecord> dueForFollowUp(Instant now, int limit) {
		Query due = Query.query(Criteria.where(NEXT_FOLLOW_UP).lte(now))
			.with(Sort.by(NEXT_FOLLOW_UP, "_id"))
			.limit(limit);
		due.fields().exclude("recentUpdateIds");
		return this.mongo.find(due, ConversationRecord.class);
	}

	/**
	 * The follow-ups looked at the conversation as of {@code version}: they look again at
	 * {@code next} (null: never); nothing is written when a turn came meanwhile.
	 */
	public boolean nextFollowUp(long chatId, long version, Instant next) {
		Query unchanged = Query.query(Criteria.where("_id").is(chatId).and("version").is(version));
		return this.mongo.updateFirst(unchanged, new Update().set(NEXT_FOLLOW_UP, next), ConversationRecord.class)
			.getModifiedCount() == 1;
	}

	/**
	 * Conversations stored before follow-ups were kept due, with a draft in progress: the
	 * follow-ups look at them at {@code now}. Returns how many.
	 */
	public long followUpsLookAtUnscheduled(Instant now) {
		return this.mongo.updateMulti(Query.query(Criteria.where("state.step")
			.ne(ConversationState.IDLE)
			.and("state.draftId")
			.ne(null)
			.and(NEXT_FOLLOW_UP)
			.exists(false)), new Update().set(NEXT_FOLLOW_UP, now), ConversationRecord.class).getModifiedCount();
	}

	/**
	 * The {@code sent}th reminder to finish draft {@code draftId} went out; nothing
	 * happens when that draft is gone. The follow-ups look at it again from {@code at}.
	 */
	public void nudged(long chatId, String draftId, int sent, Instant at) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(chatId).and("state.draftId").is(draftId)),
				new Update().set("nudges", new ConversationRecord.Nudges(draftId, sent)).set(NEXT_FOLLOW_UP, at),
				ConversationRecord.class);
	}

	/**
	 * Forgets a draft left untouched too long: the conversation is idle again, in its
	 * language. False when the resident came back meanwhile.
	 */
	public boolean dropDraft(ConversationRecord stale) {
		Query unchanged = Query.query(Criteria.where("_id").is(stale.chatId()).and("version").is(stale.version()));
		Update update = new Update().set("state", ConversationState.newcomer(stale.state().language()))
			.set("version", stale.version() + 1)
			.unset("nudges")
			.unset(NEXT_FOLLOW_UP);
		return this.mongo.updateFirst(unchanged, update, ConversationRecord.class).getModifiedCount() == 1;
	}

}
