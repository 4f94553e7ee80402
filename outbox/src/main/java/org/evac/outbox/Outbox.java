package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.MongoBulkWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The persistent queue of everything evac sends to Telegram. A message is written here
 * before anyone tries to send it, and removed only after Telegram accepted it: a crash in
 * between means it is sent after restart, never lost.
 */
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	/** How long an instance keeps a message to itself before others may take it over. */
	private final Duration lease;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ObjectProvider<OutboxListener> listener;

	private final AtomicLong sequence = new AtomicLong();

	public Outbox(MongoTemplate mongo, Clock clock, ObjectProvider<OutboxListener> listener, Duration lease) {
		this.mongo = mongo;
		this.clock = clock;
		this.listener = listener;
		this.lease = lease;
	}

	/**
	 * Queues messages in order. {@code key} makes the ids: queueing the same key again (a
	 * redelivered update) adds nothing.
	 */
	public List<OutboxMessage> enqueue(String key, List<OutgoingMessage> messages) {
		return enqueue(key, messages, this.clock.instant());
	}

	/** Queues messages not to be sent before {@code notBefore}. */
	public List<OutboxMessage> enqueue(String key, List<OutgoingMessage> messages, Instant notBefore) {
		return enqueue(key, messages, notBefore, null);
	}

	/**
	 * Queues messages as one of {@code batch}'s writes ({@link GroupCommit}): they go to
	 * the sender once the batch is durable, not before.
	 */
	public List<OutboxMessage> enqueue(String key, List<OutgoingMessage> messages, GroupCommit.Batch batch) {
		return enqueue(key, messages, this.clock.instant(), batch);
	}

	private List<OutboxMessage> enqueue(String key, List<OutgoingMessage> messages, Instant notBefore,
			GroupCommit.Batch batch) {
		if (messages.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		OutboxListener sender = senderNow(notBefore, now);
		List<OutboxMessage> held = (sender != null) ? heldFor(messages, now) : List.of();
		Map<Long, OutboxMessage> heldElsewhere = heldElsewhere(held, sender);
		List<OutboxMessage> queued = new ArrayList<>();
		int part = 0;
		for (OutgoingMessage message : messages) {
			Holder holder = holderOf(message.chatId(), sender, heldElsewhere, now);
			boolean handedOver = heldElsewhere.containsKey(message.chatId());
			Instant due = (batch != null && handedOver) ? now.plus(this.lease) : notBefore;
			for (OutgoingMessage piece : split(message)) {
				queued.add(new OutboxMessage(key + ":" + part++, piece.chatId(), nextSeq(now), piece,
						OutboxMessage.State.PENDING, 0, due, holder.owner(), holder.leaseUntil(), now, null,
						Lane.of(key, piece)));
			}
		}
		if (sender != null && batch != null) {
			holdBackUntilDurable(sender, queued, batch);
		}
		List<OutboxMessage> inserted = insertNew(queued, (batch != null) ? batch.writes() : this.mongo);
		if (log.isDebugEnabled()) {
			inserted.forEach(m -> log.debug("Queued {} for {}, held by {}{}", m.id(), ChatRef.of(m.chatId()), m.owner(),
					heldElsewhere.containsKey(m.chatId()) ? " (handed over)" : ""));
		}
		if (sender != null && batch != null) {
			dueOnceDurable(inserted, heldElsewhere, notBefore, batch);
			batch.afterCommit(() -> handToSender(sender, held, inserted));
		}
		else if (sender != null) {
			handToSender(sender, held, inserted);
		}
		return inserted;
	}

	/**
	 * A batch's messages are in the collection before they are durable: the sender is
	 * told to leave them (however it finds them) until they are, before they are written,
	 * and let go of them once their batch, or when its commit fails a later one, is on
	 * disk, whether they were written or not.
	 */
	private static void holdBackUntilDurable(OutboxListener sender, List<OutboxMessage> queued,
			GroupCommit.Batch batch) {
		List<String> ids = queued.stream()
			.filter(m -> sender.instanceId().equals(m.owner()))
			.map(OutboxMessage::id)
			.toList();
		if (!ids.isEmpty()) {
			sender.uncommitted(ids);
			batch.onceDurable(() -> sender.committed(ids));
		}
	}

	/**
	 * A batch's message handed over to another instance is seen by that instance's look
	 * at the outbox before the batch is durable, and this instance cannot hold it back
	 * there: it is written due one lease later, and made due at once when the batch is
	 * durable. (Should this instance die first, it goes out a lease late, not early.)
	 */
	private void dueOnceDurable(List<OutboxMessage> inserted, Map<Long, OutboxMessage> heldElsewhere, Instant notBefore,
			GroupCommit.Batch batch) {
		List<String> ids = inserted.stream()
			.filter(m -> heldElsewhere.containsKey(m.chatId()))
			.map(OutboxMessage::id)
			.toList();
		if (!ids.isEmpty()) {
			batch.onceDurable(() -> dueAt(ids, notBefore));
		}
	}

	private void dueAt(List<String> ids, Instant notBefore) {
		try {
			this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)), new Update().set("notBefore", notBefore),
					OutboxMessage.class);
		}
		catch (RuntimeException ex) {
			log.warn("{} messages handed over go out a lease late: the database is away ({})", ids.size(),
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * Who holds a queued message, and until when nobody else may take it; nobody (and an
	 * ended lease) for a message left to the next look at the collection.
	 */
	private record Holder(String owner, Instant leaseUntil) {

		static final Holder NOBODY = new Holder(null, Instant.EPOCH);

	}

	/**
	 * The sender in this process that takes the new messages at once; null when there is
	 * none, or when they are for later (a reminder): those are found by the poll when
	 * due.
	 */
	private OutboxListener senderNow(Instant notBefore, Instant now) {
		boolean later = notBefore.isAfter(now.plusSeconds(1));
		return later ? null : this.listener.getIfAvailable();
	}

	/** For each chat, a message that another live instance holds and has not sent. */
	private static Map<Long, OutboxMessage> heldElsewhere(List<OutboxMessage> held, OutboxListener sender) {
		Map<Long, OutboxMessage> elsewhere = new HashMap<>();
		held.stream()
			.filter(h -> !h.owner().equals(sender.instanceId()))
			.forEach(h -> elsewhere.putIfAbsent(h.chatId(), h));
		return elsewhere;
	}

	/**
	 * A message for a chat another instance is sending to goes to that instance, under
	 * its lease, so the chat's messages keep their order; any other is this instance's.
	 */
	private Holder holderOf(long chatId, OutboxListener sender, Map<Long, OutboxMessage> heldElsewhere, Instant now) {
		if (sender == null) {
			return Holder.NOBODY;
		}
		OutboxMessage other = heldElsewhere.get(chatId);
		if (other != null) {
			return new Holder(other.owner(), other.leaseUntil());
		}
		return new Holder(sender.instanceId(), now.plus(this.lease));
	}

	/**
	 * Orders a chat's messages: by the millisecond queued, then by the order queued here
	 * within it.
	 */
	private long nextSeq(Instant now) {
		return now.toEpochMilli() * 1000 + (this.sequence.getAndIncrement() % 1000);
	}

	/**
	 * Tells the sender its new messages together with what others handed over for these
	 * chats and it has not picked up yet, oldest first, so the new ones cannot overtake
	 * them.
	 */
	private static void handToSender(OutboxListener sender, List<OutboxMessage> held, List<OutboxMessage> inserted) {
		List<OutboxMessage> mine = new ArrayList<>();
		held.stream().filter(h -> h.owner().equals(sender.instanceId())).forEach(mine::add);
		inserted.stream().filter(m -> sender.instanceId().equals(m.owner())).forEach(mine::add);
		mine.sort(Comparator.comparingLong(OutboxMessage::seq));
		if (!mine.isEmpty()) {
			sender.queued(mine);
		}
	}

	/** The messages some live instance holds for these chats and has not sent yet. */
	private List<OutboxMessage> heldFor(List<OutgoingMessage> messages, Instant now) {
		List<Long> chats = messages.stream().map(OutgoingMessage::chatId).distinct().toList();
		return this.mongo.find(Query.query(Criteria.where("chatId")
			.in(chats)
			.and("state")
			.is(OutboxMessage.State.PENDING)
			.and("owner")
			.ne(null)
			.and("leaseUntil")
			.gt(now)), OutboxMessage.class);
	}

	/** Messages handed to this instance by others (see {@link #enqueue}). */
	public List<OutboxMessage> handedTo(String owner, int limit) {
		Instant now = this.clock.instant();
		return this.mongo.find(
				Query
					.query(Criteria.where("owner")
						.is(owner)
						.and("state")
						.is(OutboxMessage.State.PENDING)
						.and("notBefore")
						.lte(now))
					.limit(limit),
				OutboxMessage.class);
	}

	private static List<OutgoingMessage> split(OutgoingMessage message) {
		if (message.kind() != OutgoingMessage.Kind.SEND || message.text().length() <= TextSplitter.MAX) {
			return List.of(message);
		}
		List<String> parts = TextSplitter.split(message.text(), TextSplitter.MAX);
		List<OutgoingMessage> pieces = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			boolean last = i == parts.size() - 1;
			pieces.add(new OutgoingMessage(message.chatId(), message.kind(), parts.get(i),
					last ? message.keyboard() : Keyboard.NONE, null, null, message.purpose()));
		}
		return pieces;
	}

	/**
	 * Inserts what is not there yet; an id already queued is a redelivery and is skipped.
	 */
	private static List<OutboxMessage> insertNew(List<OutboxMessage> messages, MongoTemplate writes) {
		try {
			writes.insertAll(messages);
			return messages;
		}
		catch (DuplicateKeyException | MongoBulkWriteException ex) {
			List<OutboxMessage> inserted = new ArrayList<>();
			for (OutboxMessage message : messages) {
				try {
					writes.insert(message);
					inserted.add(message);
				}
				catch (DuplicateKeyException duplicate) {
					// queued by the first delivery of the same update
				}
			}
			return inserted;
		}
	}

	/** Telegram accepted it: it leaves the queue. */
	public void sent(String id) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(id)), OutboxMessage.class);
	}

	/** Try again later (rate limit, Telegram trouble). */
	public void retryAt(String id, Instant notBefore, int attempts, String error) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("notBefore", notBefore).set("attempts", attempts).set("lastError", error),
				OutboxMessage.class);
	}

	/**
	 * It can never be sent (blocked, refused): kept for a person to look at, not retried.
	 */
	public void failed(String id, String error) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("state", OutboxMessage.State.FAILED).set("lastError", error), OutboxMessage.class);
	}

	/**
	 * The chat's person had their data erased: the texts that could never be sent to them
	 * (kept for a person to look at) go too. Returns how many.
	 */
	public long forgetUndelivered(long chatId) {
		return this.mongo
			.remove(Query.query(Criteria.where("chatId").is(chatId).and("state").is(OutboxMessage.State.FAILED)),
					OutboxMessage.class)
			.getDeletedCount();
	}

	/**
	 * Every message still queued for a chat fails with it (the resident blocked the bot).
	 */
	public long failChat(long chatId, String error) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("chatId").is(chatId).and("state").is(OutboxMessage.State.PENDING)),
					new Update().set("state", OutboxMessage.State.FAILED).set("lastError", error), OutboxMessage.class)
			.getModifiedCount();
	}

	/**
	 * Takes over messages nobody holds (queued by another process, or left by an instance
	 * that died) that are due. Each message goes to one claimant: the lease is set only
	 * where it has run out.
	 */
	public List<OutboxMessage> claimDue(String owner, int limit) {
		Instant now = this.clock.instant();
		Criteria free = Criteria.where("state")
			.is(OutboxMessage.State.PENDING)
			.and("leaseUntil")
			.lt(now)
			.and("notBefore")
			.lte(now);
		Query candidates = Query.query(free).limit(limit);
		candidates.fields().include("_id");
		List<Object> ids = this.mongo.find(candidates, org.bson.Document.class, "outbox")
			.stream()
			.map(d -> d.get("_id"))
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		String claim = owner;
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).andOperator(free)),
				new Update().set("owner", claim).set("leaseUntil", now.plus(this.lease)), OutboxMessage.class);
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids).and("owner").is(claim)), OutboxMessage.class);
	}

	/** Keeps the messages this instance still holds from being taken over. */
	public void renewLeases(String owner) {
		this.mongo.updateMulti(
				Query.query(Criteria.where("owner").is(owner).and("state").is(OutboxMessage.State.PENDING)),
				new Update().set("leaseUntil", this.clock.instant().plus(this.lease)), OutboxMessage.class);
	}

	/** Hands back what this instance holds, for another to send (orderly shutdown). */
	public void release(String owner) {
		this.mongo.updateMulti(
				Query.query(Criteria.where("owner").is(owner).and("state").is(OutboxMessage.State.PENDING)),
				new Update().set("leaseUntil", Instant.EPOCH), OutboxMessage.class);
	}

	/** When the oldest message still waiting was queued, or null when none waits. */
	public Instant oldestPending() {
		Query oldest = Query.query(Criteria.where("state").is(OutboxMessage.State.PENDING))
			.with(org.springframework.data.domain.Sort.by("createdAt"))
			.limit(1);
		OutboxMessage message = this.mongo.findOne(oldest, OutboxMessage.class);
		return (message == null) ? null : message.createdAt();
	}

	public long pending() {
		return this.mongo.count(Query.query(Criteria.where("state").is(OutboxMessage.State.PENDING)),
				OutboxMessage.class);
	}

}
