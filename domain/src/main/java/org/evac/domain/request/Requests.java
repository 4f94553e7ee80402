package org.evac.domain.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.bson.Document;
import org.evac.domain.i18n.Language;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The evacuation requests. Every change is a change of one document, guarded by its
 * version, because the database may not offer transactions.
 */
public class Requests {

	private static final int MAX_ATTEMPTS = 10;

	private static final String REQUESTS = "requests";

	private static final String NEXT_FOLLOW_UP = "nextFollowUpAt";

	private static final String EFFECTS_PENDING_SINCE = "effectsPendingSince";

	private final MongoTemplate mongo;

	private final RequestNumbers numbers;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public Requests(MongoTemplate mongo, Clock clock) {
		this(mongo, clock, event -> {
		});
	}

	/** Publishes {@link RequestFiled} when a new request is stored. */
	public Requests(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.numbers = new RequestNumbers(mongo);
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Files the request of the conversation {@code filingKey} names; filing the same
	 * conversation again returns the request already filed.
	 */
	public EvacuationRequest file(long chatId, String filingKey, Language language, RequestDetails details) {
		Optional<EvacuationRequest> filed = byFilingKey(filingKey);
		if (filed.isPresent()) {
			return filed.get();
		}
		EvacuationRequest request = EvacuationRequest.file(this.numbers.next(), filingKey, chatId, language, details,
				this.clock.instant());
		try {
			EvacuationRequest stored = this.mongo.insert(request);
			this.events.publishEvent(new RequestFiled(stored.id(), stored.number()));
			return stored;
		}
		catch (DuplicateKeyException ex) {
			return byFilingKey(filingKey).orElseThrow(() -> ex);
		}
	}

	public Optional<EvacuationRequest> byId(String id) {
		return Optional.ofNullable(this.mongo.findById(id, EvacuationRequest.class));
	}

	public Optional<EvacuationRequest> byNumber(String number) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("number").is(number)), EvacuationRequest.class));
	}

	private Optional<EvacuationRequest> byFilingKey(String filingKey) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("filingKey").is(filingKey)), EvacuationRequest.class));
	}

	/** A resident's requests, newest first. */
	public List<EvacuationRequest> ofChat(long chatId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chatId)).with(Sort.by("createdAt").descending()),
				EvacuationRequest.class);
	}

	public List<EvacuationRequest> openOfChat(long chatId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chatId).and("status").in(RequestStatus.OPEN))
			.with(Sort.by("createdAt").descending()), EvacuationRequest.class);
	}

	/** Every open request, for the bot's follow-ups (unsorted: a sort scans again). */
	public List<EvacuationRequest> open() {
		return this.mongo.find(Query.query(Criteria.where("status").in(RequestStatus.OPEN)), EvacuationRequest.class);
	}

	/**
	 * The requests whose follow-ups are due by {@code now} (or that changed since they
	 * were last looked at), earliest first, at most {@code limit}: read through an index,
	 * so a tick with nothing due reads nothing. What identifies the household and what
	 * volunteers wrote is left out; a reminder that goes out reads the request whole.
	 */
	public List<EvacuationRequest> dueForFollowUp(Instant now, int limit) {
		Query due = Query.query(Criteria.where(NEXT_FOLLOW_UP).lte(now))
			.with(Sort.by(NEXT_FOLLOW_UP, "_id"))
			.limit(limit);
		due.fields().exclude("details", "notes", "thread", "possibleDuplicates");
		return this.mongo.find(due, EvacuationRequest.class);
	}

	/**
	 * The follow-ups looked at the request as of {@code version}: they look again at
	 * {@code next} (null: never). Nothing is written when the request changed meanwhile,
	 * since that change asks them to look again anyway.
	 */
	public boolean nextFollowUp(String id, Long version, Instant next) {
		Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(version));
		Update update = (next == null) ? new Update().unset(NEXT_FOLLOW_UP) : new Update().set(NEXT_FOLLOW_UP, next);
		return this.mongo.updateFirst(unchanged, update, EvacuationRequest.class).getModifiedCount() == 1;
	}

	/**
	 * Open requests stored before follow-ups were kept due: the follow-ups look at them
	 * at {@code now}. Reads only their ids, a batch at a time; returns how many.
	 */
	public int followUpsLookAtUnscheduled(Instant now, int batch) {
		Query unscheduled = Query
			.query(Criteria.where("status").in(RequestStatus.OPEN).and(NEXT_FOLLOW_UP).exists(false));
		unscheduled.fields().include("_id");
		unscheduled.cursorBatchSize(batch);
		List<Object> ids = new ArrayList<>(batch);
		int marked = 0;
		try (Stream<Document> found = this.mongo.stream(unscheduled, Document.class, REQUESTS)) {
			for (Document each : (Iterable<Document>) found::iterator) {
				ids.add(each.get("_id"));
				if (ids.size() == batch) {
					marked += lookAt(ids, now);
				}
			}
		}
		return marked + lookAt(ids, now);
	}

	private int lookAt(List<Object> ids, Instant now) {
		if (ids.isEmpty()) {
			return 0;
		}
		Query these = Query.query(Criteria.where("_id").in(ids).and(NEXT_FOLLOW_UP).exists(false));
		long marked = this.mongo.updateMulti(these, new Update().set(NEXT_FOLLOW_UP, now), REQUESTS).getModifiedCount();
		ids.clear();
		return (int) marked;
	}

	/**
	 * The resident withdraws one of their open requests; empty when it is not theirs or
	 * not open.
	 */
	public Optional<EvacuationRequest> cancelByResident(long chatId, String number) {
		return byNumber(number).filter(r -> r.chatId() == chatId && r.status().isOpen())
			.flatMap(r -> change(r.id(), req -> {
				if (req.status().isOpen()) {
					req.cancelByResident(this.clock.instant());
				}
			}));
	}

	/** Erases the personal data of every request of a resident; returns those erased. */
	public List<EvacuationRequest> eraseResident(long chatId) {
		List<EvacuationRequest> requests = this.mongo
			.find(Query.query(Criteria.where("chatId").is(chatId).and("erased").is(false)), EvacuationRequest.class);
		return requests.stream().map(r -> change(r.id(), req -> {
			if (!req.erased()) {
				req.eraseByResident(this.clock.instant());
			}
		})).flatMap(Optional::stream).toList();
	}

	/** The resident blocked the bot: their open requests need a phone call. */
	public void markTelegramUnreachable(long chatId) {
		openOfChat(chatId).forEach(r -> change(r.id(), req -> req.markTelegramUnreachable(this.clock.instant())));
	}

	/**
	 * Applies a change to the newest version of a request, again if someone else changed
	 * it in between. The change may throw {@link IllegalStateException} to refuse.
	 */
	public Optional<EvacuationRequest> change(String id, Consumer<EvacuationRequest> change) {
		return write(id, request -> {
			change.accept(request);
			request.followUpsLookAgain(this.clock.instant());
			return true;
		});
	}

	/**
	 * The requests whose effects have waited since {@code before} or longer (left behind
	 * by a crash), oldest first, at most {@code limit}: read through an index.
	 */
	public List<EvacuationRequest> withEffectsPendingSince(Instant before, int limit) {
		Query waiting = Query.query(Criteria.where(EFFECTS_PENDING_SINCE).lte(before))
			.with(Sort.by(EFFECTS_PENDING_SINCE, "_id"))
			.limit(limit);
		return this.mongo.find(waiting, EvacuationRequest.class);
	}

	/**
	 * Takes the left-behind effects of a request to write them out, so that of several
	 * instances looking at once one does: true for the one that did.
	 */
	public boolean takeEffects(EvacuationRequest request, Instant now) {
		Query untaken = Query
			.query(Criteria.where("_id").is(request.id()).and(EFFECTS_PENDING_SINCE).is(request.effectsPendingSince()));
		// a new value, even within the same millisecond, so that a second taker misses
		Instant since = request.effectsPendingSince();
		Instant taken = now.isAfter(since) ? now : since.plusMillis(1);
		return this.mongo.updateFirst(untaken, new Update().set(EFFECTS_PENDING_SINCE, taken), EvacuationRequest.class)
			.getModifiedCount() == 1;
	}

	/**
	 * The effects {@code keys} name are written out: they leave the request (nothing else
	 * changes, and the follow-ups are not asked to look again).
	 */
	public Optional<EvacuationRequest> effectsWritten(String id, Collection<String> keys) {
		return write(id, request -> request.effectsWritten(keys));
	}

	/**
	 * Applies {@code change} to the newest version, again if someone changed it in
	 * between; writes nothing when it returns false.
	 */
	private Optional<EvacuationRequest> write(String id, Predicate<EvacuationRequest> change) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			EvacuationRequest request = this.mongo.findById(id, EvacuationRequest.class);
			if (request == null) {
				return Optional.empty();
			}
			if (!change.test(request)) {
				return Optional.of(request);
			}
			try {
				return Optional.of(this.mongo.save(request));
			}
			catch (OptimisticLockingFailureException ex) {
				// someone changed it meanwhile: apply the change to what they wrote
			}
		}
		throw new OptimisticLockingFailureException("Request " + id + " keeps changing; try again");
	}

	/**
	 * A volunteer takes the request.
	 * @throws ClaimedByOther when someone else was quicker
	 */
	public Optional<EvacuationRequest> claim(String id, String account) {
		return change(id, r -> r.claim(account, this.clock.instant()));
	}

	public Optional<EvacuationRequest> release(String id) {
		return change(id, r -> r.release(this.clock.instant()));
	}

	public Optional<EvacuationRequest> changeStatus(String id, RequestStatus target, String by, String note,
			Pickup pickup) {
		return change(id, r -> r.changeStatus(target, by, note, pickup, this.clock.instant()));
	}

	public Optional<EvacuationRequest> addNote(String id, String by, String text) {
		return change(id, r -> r.addNote(UUID.randomUUID().toString(), by, text, this.clock.instant()));
	}

	public Optional<EvacuationRequest> messageFromVolunteer(String id, String messageId, String by, String text) {
		return change(id, r -> r.messageFromVolunteer(messageId, by, text, this.clock.instant()));
	}

	/**
	 * Attaches what a resident wrote to their newest open request; the same
	 * {@code messageId} again attaches nothing.
	 * @return the request it is attached to; empty when the resident has no open request,
	 * or its thread is full
	 */
	public Optional<EvacuationRequest> messageFromResident(long chatId, String messageId, String text) {
		return messageFromResident(chatId, messageId, text, null);
	}

	/**
	 * A message, with a voice message, photo... or not, joins the latest open request.
	 */
	public Optional<EvacuationRequest> messageFromResident(long chatId, String messageId, String text,
			Attachment attachment) {
		Optional<EvacuationRequest> attached = openOfChat(chatId).stream()
			.findFirst()
			.flatMap(r -> change(r.id(),
					req -> req.messageFromResident(messageId, text, attachment, this.clock.instant())))
			.filter(r -> r.thread().stream().anyMatch(m -> m.id().equals(messageId)));
		// for whoever passes it on, such as to the claimer's Telegram
		attached.ifPresent(r -> this.events.publishEvent(new ResidentWrote(r.id(), r.number(), messageId)));
		return attached;
	}

	/**
	 * The resident corrected their answers; publishes {@link RequestAmended}, so that the
	 * request follows its place to its teams.
	 * @throws IllegalStateException when the request is closed
	 */
	public Optional<EvacuationRequest> amendByResident(String id, RequestDetails details) {
		Optional<EvacuationRequest> amended = change(id, r -> r.amendByResident(details, this.clock.instant()));
		amended.ifPresent(r -> this.events.publishEvent(new RequestAmended(r.id(), r.number())));
		return amended;
	}

	public Optional<EvacuationRequest> mergeInto(String id, String number, String by) {
		return change(id, r -> r.mergeInto(number, by, this.clock.instant()));
	}

	public long count() {
		return this.mongo.count(new Query(), EvacuationRequest.class);
	}

}
