package org.evac.domain.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.evac.domain.audit.AuditAction;
import org.evac.domain.i18n.Language;

import org.springframework.data.annotation.AccessType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A household's request to be evacuated. It owns its status: every change goes through a
 * method here that refuses what makes no sense, and is written to the history.
 */
@Document("requests")
@CompoundIndex(name = "queue", def = "{'status': 1, 'priority': -1, 'createdAt': 1}")
@CompoundIndex(name = "queue-order",
		def = "{'status': 1, 'queueGroup': 1, 'priority': -1, 'createdAt': 1, 'number': 1}")
@CompoundIndex(name = "queue-in-settlement",
		def = "{'details.settlement.code': 1, 'status': 1, 'queueGroup': 1, 'priority': -1, 'createdAt': 1, 'number': 1}")
@CompoundIndex(name = "queue-stale", def = "{'status': 1, 'queueGroup': 1, 'updatedAt': 1}")
@CompoundIndex(name = "phone", def = "{'details.phone': 1}", sparse = true)
public class EvacuationRequest {

	/** Messages from the resident a thread keeps; more are not attached. */
	static final int MAX_FROM_RESIDENT = 200;

	/** The most possible duplicates one request lists. */
	public static final int MOST_DUPLICATES = 10;

	@Id
	private String id;

	@Indexed(unique = true)
	private final String number;

	/**
	 * Ties the request to the conversation that filed it, so a second confirm files
	 * nothing.
	 */
	@Indexed(unique = true, sparse = true)
	private final String filingKey;

	/** The resident's Telegram chat; 0 once they erased their data. */
	@Indexed
	private long chatId;

	private final Language language;

	private RequestStatus status;

	private RequestDetails details;

	private final List<StatusChange> history;

	private final Instant createdAt;

	private Instant updatedAt;

	private String claimedBy;

	private Instant claimedAt;

	private boolean needsAttention;

	private boolean erased;

	private int priority;

	/** The resident blocked the bot: only a phone call reaches them now. */
	private boolean telegramUnreachable;

	@Version
	private Long version;

	// Added after the first release: not in the constructor, so documents stored before
	// simply keep these defaults.

	private List<Note> notes = new ArrayList<>();

	private List<ThreadMessage> thread = new ArrayList<>();

	private List<DuplicateLink> possibleDuplicates = new ArrayList<>();

	private Pickup pickup;

	/** The bot's check-ins and reports to volunteers; null until the first. */
	private FollowUp followUp;

	private String mergedInto;

	/** The resident wrote last and nobody answered yet. */
	private boolean residentWaiting;

	/**
	 * The place and the address, normalised: requests sharing it may be one household
	 * (null without an address, and once erased). Kept here so that the database finds
	 * them, not a scan of every request in the town.
	 */
	@Indexed(sparse = true)
	private String addressKey;

	/**
	 * When the bot's follow-ups must look at the request next; null when they never need
	 * to (closed). Every change sets it to the moment of the change ("look again"), and
	 * the follow-ups, which alone know their rules, move it on to when their next
	 * reminder falls due ({@link Requests#nextFollowUp}). So a tick reads what is due or
	 * changed, never every open request.
	 */
	@Indexed(sparse = true)
	private Instant nextFollowUpAt;

	/**
	 * The request's group in the queue ({@link QueueGroup}), written with every write of
	 * the whole request from its current state, never read back: the database keeps the
	 * queue in order by it.
	 */
	@AccessType(AccessType.Type.PROPERTY)
	private int queueGroup;

	/**
	 * The ids of the teams whose area holds the request's place: only they (and admins)
	 * see it. Empty when no team covers the place; null in documents stored before teams
	 * (the start-up migration assigns them).
	 */
	private List<String> teams;

	/**
	 * A coordinator moved the request to its teams: a change of areas leaves it there.
	 */
	private boolean teamsMoved;

	/**
	 * What the changes stored here still owe (audit records, notices to the resident),
	 * written in the same write as the change; the relay writes them out and clears them.
	 */
	private List<PendingEffect> pendingEffects = new ArrayList<>();

	/**
	 * Since when effects wait to be written out; null when none wait. Indexed, so that a
	 * look for effects left behind by a crash reads only those.
	 */
	@Indexed(sparse = true)
	private Instant effectsPendingSince;

	/**
	 * The run (one van's trip) the request is planned in, null when in none. While it is
	 * set, the request is held by the run's volunteer: two runs never take one household.
	 */
	@Indexed(sparse = true)
	private String runId;

	@PersistenceCreator
	EvacuationRequest(String id, String number, String filingKey, long chatId, Language language, RequestStatus status,
			RequestDetails details, List<StatusChange> history, Instant createdAt, Instant updatedAt, String claimedBy,
			Instant claimedAt, boolean needsAttention, boolean erased, int priority, boolean telegramUnreachable,
			Long version) {
		this.id = id;
		this.number = number;
		this.filingKey = filingKey;
		this.chatId = chatId;
		this.language = language;
		this.status = status;
		this.details = details;
		this.history = (history == null) ? new ArrayList<>() : new ArrayList<>(history);
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.claimedBy = claimedBy;
		this.claimedAt = claimedAt;
		this.needsAttention = needsAttention;
		this.erased = erased;
		this.priority = priority;
		this.telegramUnreachable = telegramUnreachable;
		this.version = version;
	}

	static EvacuationRequest file(String number, String filingKey, long chatId, Language language,
			RequestDetails details, Instant at) {
		EvacuationRequest request = new EvacuationRequest(null, number, filingKey, chatId, language, RequestStatus.NEW,
				details, List.of(new StatusChange(at, null, RequestStatus.NEW, "resident", null)), at, at, null, null,
				false, false, Priority.of(details, false), false, null);
		request.replaceDetails(details);
		request.followUpsLookAgain(at);
		return request;
	}

	/** The resident withdraws the request. */
	public void cancelByResident(Instant at) {
		moveTo(RequestStatus.CANCELLED, "resident", null, at);
	}

	/**
	 * The resident asked to erase their data: the request is withdrawn if still open, and
	 * only what cannot identify the household is kept.
	 */
	public void eraseByResident(Instant at) {
		if (this.status.isOpen()) {
			moveTo(RequestStatus.CANCELLED, "resident", "data erased by the resident", at);
		}
		erasePersonalText(at);
		owe(new PendingEffect("erased:" + this.id, at, "resident", AuditAction.ERASED_BY_RESIDENT, "personal fields",
				null));
	}

	/**
	 * The retention period after closing has passed: only what cannot identify the
	 * household stays.
	 */
	public void eraseForRetention(Instant at) {
		if (this.status.isOpen()) {
			throw new IllegalStateException(
					"Request %s is still open. Current status: %s".formatted(this.number, this.status));
		}
		erasePersonalText(at);
	}

	/**
	 * Everything a person wrote or that places them: the address, phones and location,
	 * the thread (residents' own words), the team's notes, the pickup place and the notes
	 * of the history. Counts, statuses and times stay for statistics.
	 */
	private void erasePersonalText(Instant at) {
		replaceDetails(this.details.withoutPersonalData());
		this.notes = new ArrayList<>();
		this.thread = new ArrayList<>();
		this.pickup = (this.pickup == null) ? null : new Pickup(this.pickup.at(), null);
		this.history.replaceAll(StatusChange::withoutNote);
		this.residentWaiting = false;
		this.pendingEffects.replaceAll(PendingEffect::withoutNotice);
		this.chatId = 0;
		this.erased = true;
		this.updatedAt = at;
	}

	/** Telegram refuses to deliver to the resident: a volunteer must phone. */
	public void markTelegramUnreachable(Instant at) {
		this.telegramUnreachable = true;
		flagForAttention(at);
	}

	/** Raises the request in the queue until a volunteer looks at it. */
	public void flagForAttention(Instant at) {
		this.needsAttention = true;
		this.priority = Priority.of(this.details, true);
		this.updatedAt = at;
	}

	/**
	 * A volunteer takes the request, so nobody else chases the same family; taking it
	 * again is harmless.
	 * @throws ClaimedByOther when someone else holds it
	 */
	public void claim(String account, Instant at) {
		requireOpen();
		if (this.claimedBy != null && !this.claimedBy.equals(account)) {
			throw new ClaimedByOther(this.number, this.claimedBy);
		}
		if (this.runId != null && this.claimedBy == null) {
			throw new IllegalStateException(
					"Request %s is planned in a run: its volunteer takes it, or removes it from the run"
						.formatted(this.number));
		}
		if (this.claimedBy == null) {
			this.claimedBy = account;
			this.claimedAt = at;
			this.updatedAt = at;
		}
	}

	/** Nobody holds the request any more: it is back in the queue for anyone. */
	public void release(Instant at) {
		if (this.claimedBy == null) {
			throw new IllegalStateException("Request %s is not claimed".formatted(this.number));
		}
		this.claimedBy = null;
		this.claimedAt = null;
		this.updatedAt = at;
	}

	/**
	 * A volunteer moves the request on; see {@link StatusRules} for what is allowed.
	 * @param pickup when and where, for {@link RequestStatus#SCHEDULED}; may be null
	 */
	public void changeStatus(RequestStatus target, String by, String note, Pickup pickup, Instant at) {
		StatusRules.check(this.number, this.status, target);
		moveTo(target, by, note, at);
		if (target == RequestStatus.SCHEDULED) {
			this.pickup = (pickup == null || pickup.isEmpty()) ? null : pickup;
		}
		// someone acted on it: it no longer needs raising (a blocked chat still shows)
		this.needsAttention = this.telegramUnreachable;
		this.priority = Priority.of(this.details, this.needsAttention);
	}

	/**
	 * A note for the team; a closed request takes none, so nothing new joins what the
	 * retention period is about to erase.
	 */
	public void addNote(String noteId, String by, String text, Instant at) {
		requireOpen();
		this.notes.add(new Note(noteId, at, by, text));
		this.updatedAt = at;
	}

	public void messageFromVolunteer(String messageId, String by, String text, Instant at) {
		this.thread.add(new ThreadMessage(messageId, at, ThreadMessage.From.VOLUNTEER, by, text));
		this.residentWaiting = false;
		this.updatedAt = at;
	}

	/**
	 * What the resident wrote outside the questionnaire.
	 * @return false when this message is attached already (a redelivered update), or the
	 * thread is full
	 */
	public boolean messageFromResident(String messageId, String text, Instant at) {
		return messageFromResident(messageId, text, null, at);
	}

	/**
	 * What the resident wrote or sent (a voice message, a photo...) outside the
	 * questionnaire.
	 * @return false when this message is attached already (a redelivered update), or the
	 * thread is full
	 */
	public boolean messageFromResident(String messageId, String text, Attachment attachment, Instant at) {
		if (this.thread.stream().anyMatch(m -> m.id().equals(messageId))) {
			return false;
		}
		if (this.thread.stream().filter(m -> m.from() == ThreadMessage.From.RESIDENT).count() >= MAX_FROM_RESIDENT) {
			return false; // keeps the document small whatever a chat sends
		}
		this.thread.add(new ThreadMessage(messageId, at, ThreadMessage.From.RESIDENT, "resident", text, attachment));
		this.residentWaiting = true;
		this.updatedAt = at;
		return true;
	}

	/**
	 * Shown on both requests as a possible duplicate; linking twice changes nothing. At
	 * most {@value #MOST_DUPLICATES} are listed: a coordinator looks at a few, and a
	 * building's hundred requests must not each carry the other ninety-nine.
	 */
	public void linkDuplicate(DuplicateLink link) {
		if (!link.id().equals(this.id) && this.possibleDuplicates.size() < MOST_DUPLICATES
				&& this.possibleDuplicates.stream().noneMatch(l -> l.id().equals(link.id()))) {
			this.possibleDuplicates.add(link);
		}
	}

	/** A coordinator found this to be the same household as {@code number}. */
	public void mergeInto(String number, String by, Instant at) {
		requireOpen();
		moveTo(RequestStatus.CANCELLED, by, "merged into " + number, at);
		this.mergedInto = number;
	}

	/**
	 * The resident answered a check-in: still in need. A postponed request goes back to
	 * what it was before (NEW, or IN_PROGRESS when a volunteer had it), into the queue.
	 */
	public void stillNeededByResident(Instant at) {
		requireOpen();
		this.followUp = followUp().answered(at);
		if (this.status == RequestStatus.DEFERRED) {
			moveTo(statusBeforeDeferral(), "resident", "still needs evacuation", at);
		}
		else {
			this.updatedAt = at;
		}
	}

	/** The resident answered a check-in: they have left on their own. */
	public void selfEvacuatedByResident(Instant at) {
		requireOpen();
		this.followUp = followUp().answered(at);
		moveTo(RequestStatus.SELF_EVACUATED, "resident", null, at);
	}

	/**
	 * The resident answered a check-in: not now. They are asked again later. If a pickup
	 * was already agreed, the request rises, so that the crew hears of it before driving.
	 */
	public void deferredByResident(Instant at) {
		requireOpen();
		this.followUp = followUp().answered(at);
		if (this.status == RequestStatus.SCHEDULED) {
			flagForAttention(at);
		}
		if (this.status != RequestStatus.DEFERRED) {
			moveTo(RequestStatus.DEFERRED, "resident", null, at);
		}
		else {
			this.updatedAt = at;
		}
	}

	/** The resident answered a check-in without changing the status (to correct it). */
	public void checkInAnswered(Instant at) {
		requireOpen();
		this.followUp = followUp().answered(at);
	}

	/** The resident corrected their answers; the request keeps its number and status. */
	public void amendByResident(RequestDetails details, Instant at) {
		requireOpen();
		replaceDetails(details);
		this.priority = Priority.of(details, this.needsAttention);
		this.updatedAt = at;
	}

	/** Check-in {@code number} went out; hearing of it again changes nothing. */
	public void checkInSent(int number, Instant at) {
		if (followUp().checkIns() == number - 1) {
			this.followUp = followUp().checkInSent(at);
		}
	}

	/** The resident stopped answering check-ins: volunteers were told, and it rises. */
	public void reportSilence(Instant at) {
		flagForAttention(at);
		this.followUp = followUp().silenceReported(at);
	}

	/** Nobody took the request for too long: volunteers were told, and it rises. */
	public void reportUnclaimed(Instant at) {
		flagForAttention(at);
		this.followUp = followUp().unclaimedReported(at);
	}

	/** The resident was reminded of the pickup at {@code pickupAt}. */
	public void pickupReminded(Instant pickupAt) {
		this.followUp = followUp().pickupReminded(pickupAt);
	}

	/** A volunteer agreed when and where to pick the household up. */
	public void schedulePickup(Pickup pickup, String by, Instant at) {
		if (this.status != RequestStatus.SCHEDULED) {
			moveTo(RequestStatus.SCHEDULED, by, null, at);
		}
		this.pickup = pickup;
		this.updatedAt = at;
	}

	/**
	 * The change being made owes {@code effect}; owing the same key again adds nothing.
	 */
	public void owe(PendingEffect effect) {
		if (this.pendingEffects.stream().noneMatch(e -> e.key().equals(effect.key()))) {
			this.pendingEffects.add(effect);
		}
		if (this.effectsPendingSince == null) {
			this.effectsPendingSince = effect.at();
		}
	}

	/** The effects {@code keys} name are written out: they are owed no more. */
	boolean effectsWritten(Collection<String> keys) {
		boolean any = this.pendingEffects.removeIf(e -> keys.contains(e.key()));
		if (this.pendingEffects.isEmpty()) {
			this.effectsPendingSince = null;
		}
		return any;
	}

	/**
	 * The request joins run {@code runId}, held by the run's volunteer (who takes it if
	 * nobody holds it); joining the same run again is harmless.
	 * @throws ClaimedByOther when someone else holds it
	 * @throws IllegalStateException when it is closed or in another run
	 */
	public void joinRun(String runId, String volunteer, Instant at) {
		requireOpen();
		if (this.runId != null && !this.runId.equals(runId)) {
			throw new IllegalStateException("Request %s is in another run already".formatted(this.number));
		}
		if (this.claimedBy != null && !this.claimedBy.equals(volunteer)) {
			throw new ClaimedByOther(this.number, this.claimedBy);
		}
		this.runId = runId;
		if (this.claimedBy == null) {
			this.claimedBy = volunteer;
			this.claimedAt = at;
		}
		this.updatedAt = at;
	}

	/**
	 * The request leaves run {@code runId} (nothing happens when it is not in it), and is
	 * given back to the queue when {@code release}: the run had taken it.
	 */
	public void leaveRun(String runId, boolean release, Instant at) {
		if (this.runId == null || !this.runId.equals(runId)) {
			return;
		}
		this.runId = null;
		if (release && this.status.isOpen()) {
			this.claimedBy = null;
			this.claimedAt = null;
		}
		this.updatedAt = at;
	}

	/**
	 * Taken out of run {@code runId} after the resident was told of its pickup: the
	 * pickup is off, and the request goes back to the queue, new, held by nobody, and
	 * raised (a pickup had been promised). Nothing happens when it is not in that run.
	 */
	public void takenOutOfScheduledRun(String runId, String by, Instant at) {
		if (this.runId == null || !this.runId.equals(runId) || !this.status.isOpen()) {
			return;
		}
		if (this.status == RequestStatus.SCHEDULED || this.status == RequestStatus.IN_PROGRESS) {
			moveTo(RequestStatus.NEW, by, "taken out of the run", at);
		}
		this.runId = null;
		this.claimedBy = null;
		this.claimedAt = null;
		this.pickup = null;
		flagForAttention(at);
	}

	/**
	 * The crew came and did not find the household: the request goes back to the queue,
	 * new, held by nobody, without a pickup, and raised.
	 */
	public void notFoundAtPickup(String by, Instant at) {
		moveTo(RequestStatus.NEW, by, "not found at the pickup", at);
		this.runId = null;
		this.claimedBy = null;
		this.claimedAt = null;
		this.pickup = null;
		flagForAttention(at);
	}

	/**
	 * Something changed that may move the next follow-up: the follow-ups look at the
	 * request again from {@code at}; a closed request is never looked at again.
	 */
	void followUpsLookAgain(Instant at) {
		this.nextFollowUpAt = this.status.isOpen() ? at : null;
	}

	private RequestStatus statusBeforeDeferral() {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			StatusChange change = this.history.get(i);
			if (change.to() == RequestStatus.DEFERRED) {
				return (change.from() == RequestStatus.IN_PROGRESS) ? RequestStatus.IN_PROGRESS : RequestStatus.NEW;
			}
		}
		return RequestStatus.NEW;
	}

	private void requireOpen() {
		if (!this.status.isOpen()) {
			throw new IllegalStateException(
					"Request %s is closed. Current status: %s".formatted(this.number, this.status));
		}
	}

	void moveTo(RequestStatus target, String by, String note, Instant at) {
		if (!this.status.isOpen()) {
			throw new IllegalStateException(
					"Request %s is closed. Current status: %s".formatted(this.number, this.status));
		}
		this.history.add(new StatusChange(at, this.status, target, by, note));
		this.status = target;
		this.updatedAt = at;
	}

	public String id() {
		return this.id;
	}

	public String number() {
		return this.number;
	}

	public long chatId() {
		return this.chatId;
	}

	public Language language() {
		return this.language;
	}

	public RequestStatus status() {
		return this.status;
	}

	/**
	 * The answers, and the address key that is derived from them: never one without the
	 * other.
	 */
	private void replaceDetails(RequestDetails details) {
		this.details = details;
		this.addressKey = Addresses.key(details);
	}

	public String addressKey() {
		return this.addressKey;
	}

	/** For the mapping: the group the request is in now ({@link #queueGroup}). */
	public int getQueueGroup() {
		return QueueGroup.of(this.details, this.needsAttention).stored();
	}

	/** For the mapping: the stored group is worked out afresh, never read. */
	public void setQueueGroup(int stored) {
		this.queueGroup = stored;
	}

	public RequestDetails details() {
		return this.details;
	}

	public List<StatusChange> history() {
		return List.copyOf(this.history);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public String claimedBy() {
		return this.claimedBy;
	}

	public Instant claimedAt() {
		return this.claimedAt;
	}

	public boolean needsAttention() {
		return this.needsAttention;
	}

	public boolean erased() {
		return this.erased;
	}

	public int priority() {
		return this.priority;
	}

	public boolean telegramUnreachable() {
		return this.telegramUnreachable;
	}

	public List<Note> notes() {
		return List.copyOf(this.notes);
	}

	public List<ThreadMessage> thread() {
		return List.copyOf(this.thread);
	}

	public List<DuplicateLink> possibleDuplicates() {
		return List.copyOf(this.possibleDuplicates);
	}

	/** Where volunteers may move the request from its current status. */
	public java.util.Set<RequestStatus> allowedStatuses() {
		return StatusRules.allowedFrom(this.status);
	}

	public FollowUp followUp() {
		return (this.followUp == null) ? FollowUp.NONE : this.followUp;
	}

	/**
	 * When the request got its current status; for a closed request, when it was closed
	 * (the retention clock).
	 */
	public Instant statusSince() {
		return this.history.isEmpty() ? this.createdAt : this.history.get(this.history.size() - 1).at();
	}

	public Pickup pickup() {
		return this.pickup;
	}

	/** Raised by every write; the follow-ups write their due time only over this one. */
	public Long version() {
		return this.version;
	}

	/** When the follow-ups look at the request next, or null. */
	public Instant nextFollowUpAt() {
		return this.nextFollowUpAt;
	}

	/** The run the request is planned in, or null. */
	public String runId() {
		return this.runId;
	}

	public String mergedInto() {
		return this.mergedInto;
	}

	public List<String> teams() {
		return (this.teams == null) ? null : List.copyOf(this.teams);
	}

	public boolean teamsMoved() {
		return this.teamsMoved;
	}

	/** A coordinator moves the request to another team: areas no longer decide. */
	public void moveToTeams(List<String> teams) {
		this.teams = new ArrayList<>(teams);
		this.teamsMoved = true;
	}

	public boolean residentWaiting() {
		return this.residentWaiting;
	}

	/** What changes stored here still owe, oldest first. */
	public List<PendingEffect> pendingEffects() {
		return List.copyOf(this.pendingEffects);
	}

	/** Since when effects wait, or null. */
	public Instant effectsPendingSince() {
		return this.effectsPendingSince;
	}

}
