package org.evac.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The stored conversations, written only if nobody wrote in between. */
public class Conversations {

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
		if (before == null) {
			try {
				this.mongo.insert(new ConversationRecord(chatId, state, updateId, List.of(updateId), at, at, 1));
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
			.set("version", before.version() + 1);
		return this.mongo.updateFirst(unchanged, update, ConversationRecord.class).getModifiedCount() == 1;
	}

	void forget(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), ConversationRecord.class);
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
	 * The {@code sent}th reminder to finish draft {@code draftId} went out; nothing
	 * happens when that draft is gone.
	 */
	public void nudged(long chatId, String draftId, int sent) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(chatId).and("state.draftId").is(draftId)),
				new Update().set("nudges", new ConversationRecord.Nudges(draftId, sent)), ConversationRecord.class);
	}

	/**
	 * Forgets a draft left untouched too long: the conversation is idle again, in its
	 * language. False when the resident came back meanwhile.
	 */
	public boolean dropDraft(ConversationRecord stale) {
		Query unchanged = Query.query(Criteria.where("_id").is(stale.chatId()).and("version").is(stale.version()));
		Update update = new Update().set("state", ConversationState.newcomer(stale.state().language()))
			.set("version", stale.version() + 1)
			.unset("nudges");
		return this.mongo.updateFirst(unchanged, update, ConversationRecord.class).getModifiedCount() == 1;
	}

}
