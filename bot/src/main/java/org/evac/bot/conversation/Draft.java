package org.evac.bot.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.request.AnswerMap;
import org.evac.domain.request.Destination;
import org.evac.domain.request.DestinationKind;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.SpecialNeed;
import org.evac.domain.request.StoredAsAnswers;

/**
 * The answers given so far, keyed by question id. {@code answered} holds the ids of the
 * questions answered (an optional question may be answered by skipping it), so that the
 * next question is simply the first one not answered yet.
 *
 * <p>
 * A question of its own keeps its answer under its step id
 * ({@link #with(String, Object)}, read back with the typed accessors of
 * {@link AnswerMap}), and that answer goes into the request as it is. The named accessors
 * below are the answers the older questions share with each other; their keys are the
 * field names conversations were stored with before.
 *
 * @param answered the ids of the questions answered
 * @param answers the answers, keyed by question id
 */
public record Draft(Set<String> answered, AnswerMap answers) {

	static final String SETTLEMENT = RequestDetails.SETTLEMENT;

	static final String OBLAST = RequestDetails.OBLAST;

	/** Register codes of the settlements the typed name may mean. */
	static final String SETTLEMENT_CANDIDATES = "settlementCandidates";

	/** The settlement was guessed from a shared location. */
	static final String SETTLEMENT_FROM_LOCATION = "settlementFromLocation";

	static final String LOCATION = RequestDetails.LOCATION;

	static final String ADDRESS = RequestDetails.ADDRESS;

	static final String PHONE = RequestDetails.PHONE;

	static final String SECOND_PHONE = RequestDetails.SECOND_PHONE;

	static final String HOUSEHOLD_SIZE = RequestDetails.HOUSEHOLD_SIZE;

	static final String CHILDREN = RequestDetails.CHILDREN;

	static final String NEEDS = RequestDetails.NEEDS;

	static final String DESTINATION_KIND = "destinationKind";

	static final String DESTINATION_OBLAST = "destinationOblast";

	static final String DESTINATION_TOWN = "destinationTown";

	static final String ACCOMMODATION_NEEDED = RequestDetails.ACCOMMODATION_NEEDED;

	/** The answers that are the draft's own and not the request's as they are. */
	private static final Set<String> DRAFT_ONLY = Set.of(SETTLEMENT_CANDIDATES, SETTLEMENT_FROM_LOCATION,
			DESTINATION_KIND, DESTINATION_OBLAST, DESTINATION_TOWN);

	private static final String ANSWERED = "answered";

	/**
	 * Stored as one field per answer beside {@code answered}: the shape drafts were
	 * stored in before, so conversations in flight go on.
	 */
	public static final StoredAsAnswers<Draft> STORAGE = new StoredAsAnswers<>(Draft.class, Draft::read, Draft::write);

	public Draft {
		answered = (answered == null) ? Set.of() : Set.copyOf(answered);
		answers = (answers == null) ? AnswerMap.empty() : answers;
	}

	public static Draft empty() {
		return new Draft(Set.of(), AnswerMap.empty());
	}

	private static Draft read(Document document) {
		AnswerMap all = AnswerMap.of(document);
		return new Draft(Set.copyOf(all.texts(ANSWERED)), all.without(ANSWERED));
	}

	private static Document write(Draft draft) {
		Document document = new Document(ANSWERED, draft.answered.stream().sorted().toList());
		document.putAll(draft.answers.toDocument());
		return document;
	}

	/**
	 * The answers of a filed request, every question answered, so the resident lands on
	 * the summary and changes only what is wrong.
	 */
	static Draft of(RequestDetails details, List<String> stepIds) {
		Destination destination = (details.destination() == null) ? Destination.undecided() : details.destination();
		PlaceRef destinationOblast = (destination.kind() == DestinationKind.OTHER_OBLAST) ? destination.oblast() : null;
		AnswerMap answers = details.answers()
			.without(RequestDetails.DESTINATION)
			.with(DESTINATION_KIND, destination.kind())
			.with(DESTINATION_OBLAST, destinationOblast)
			.with(DESTINATION_TOWN, destination.town());
		return new Draft(Set.copyOf(stepIds), answers);
	}

	public boolean isAnswered(String stepId) {
		return this.answered.contains(stepId);
	}

	Draft answer(String stepId) {
		Set<String> set = new HashSet<>(this.answered);
		set.add(stepId);
		return new Draft(set, this.answers);
	}

	Draft unanswer(String... stepIds) {
		Set<String> set = new HashSet<>(this.answered);
		for (String id : stepIds) {
			set.remove(id);
		}
		return new Draft(set, this.answers);
	}

	/** The draft with the answer under {@code key} (forgotten when null). */
	Draft with(String key, Object value) {
		return new Draft(this.answered, this.answers.with(key, value));
	}

	/** The draft without these answers, and with their questions to be asked again. */
	Draft forget(String... keys) {
		return new Draft(this.answered, this.answers.without(keys)).unanswer(keys);
	}

	public PlaceRef settlement() {
		return this.answers.place(SETTLEMENT);
	}

	public PlaceRef oblast() {
		return this.answers.place(OBLAST);
	}

	public List<String> settlementCandidates() {
		return this.answers.texts(SETTLEMENT_CANDIDATES);
	}

	public boolean settlementFromLocation() {
		return Boolean.TRUE.equals(this.answers.flag(SETTLEMENT_FROM_LOCATION));
	}

	public GeoPoint location() {
		return this.answers.point(LOCATION);
	}

	public String address() {
		return this.answers.text(ADDRESS);
	}

	public String phone() {
		return this.answers.text(PHONE);
	}

	public String secondPhone() {
		return this.answers.text(SECOND_PHONE);
	}

	public Integer householdSize() {
		return this.answers.number(HOUSEHOLD_SIZE);
	}

	public Integer children() {
		return this.answers.number(CHILDREN);
	}

	public Set<SpecialNeed> needs() {
		return this.answers.choices(NEEDS, SpecialNeed.class);
	}

	public DestinationKind destinationKind() {
		return this.answers.choice(DESTINATION_KIND, DestinationKind.class);
	}

	public PlaceRef destinationOblast() {
		return this.answers.place(DESTINATION_OBLAST);
	}

	public PlaceRef destinationTown() {
		return this.answers.place(DESTINATION_TOWN);
	}

	public Boolean accommodationNeeded() {
		return this.answers.flag(ACCOMMODATION_NEEDED);
	}

	Draft withSettlement(PlaceRef settlement, List<String> candidates, boolean fromLocation) {
		return with(SETTLEMENT, settlement).with(SETTLEMENT_CANDIDATES, candidates)
			.with(SETTLEMENT_FROM_LOCATION, fromLocation);
	}

	/**
	 * A different home oblast makes the destination questions moot: the safer towns and
	 * the oblasts offered depend on it.
	 */
	Draft withOblast(PlaceRef oblast) {
		Draft draft = with(OBLAST, oblast);
		PlaceRef old = oblast();
		boolean changed = (old == null) ? oblast != null
				: (oblast == null || !Objects.equals(old.code(), oblast.code()));
		DestinationKind kind = destinationKind();
		return (changed && kind != null && kind != DestinationKind.UNDECIDED)
				? draft.withDestinationKind(null).unanswer(Questionnaire.DESTINATION) : draft;
	}

	Draft withLocation(GeoPoint location) {
		return with(LOCATION, location);
	}

	Draft withAddress(String address) {
		return with(ADDRESS, address);
	}

	Draft withPhone(String phone) {
		return with(PHONE, phone);
	}

	Draft withSecondPhone(String secondPhone) {
		return with(SECOND_PHONE, secondPhone);
	}

	Draft withHousehold(Integer householdSize, Integer children) {
		return with(HOUSEHOLD_SIZE, householdSize).with(CHILDREN, children);
	}

	Draft withNeeds(Set<SpecialNeed> needs) {
		return with(NEEDS, needs);
	}

	/**
	 * Choosing another kind of destination forgets the oblast or town chosen for the old
	 * one.
	 */
	Draft withDestinationKind(DestinationKind kind) {
		return with(DESTINATION_KIND, kind).with(DESTINATION_OBLAST, null)
			.with(DESTINATION_TOWN, null)
			.unanswer(Questionnaire.DESTINATION_OBLAST, Questionnaire.DESTINATION_TOWN);
	}

	Draft withDestination(PlaceRef destinationOblast, PlaceRef destinationTown) {
		return with(DESTINATION_OBLAST, destinationOblast).with(DESTINATION_TOWN, destinationTown);
	}

	Draft withAccommodationNeeded(Boolean needed) {
		return with(ACCOMMODATION_NEEDED, needed);
	}

	/**
	 * The request these answers make: every answer as it is, but for the destination,
	 * which the draft keeps in parts.
	 */
	RequestDetails toDetails() {
		DestinationKind kind = destinationKind();
		Destination destination = switch (kind == null ? DestinationKind.UNDECIDED : kind) {
			case OTHER_OBLAST -> Destination.otherOblast(destinationOblast());
			case SAFER_TOWN -> Destination.saferTown(oblast(), destinationTown());
			case UNDECIDED -> Destination.undecided();
		};
		int people = (householdSize() == null) ? 1 : householdSize();
		int kids = (children() == null) ? 0 : children();
		RequestDetails typed = new RequestDetails(settlement(), oblast(), address(), location(), phone(), secondPhone(),
				people, kids, needs(), destination, accommodationNeeded());
		AnswerMap all = typed.answers();
		for (var answer : this.answers.values().entrySet()) {
			if (!DRAFT_ONLY.contains(answer.getKey()) && !all.has(answer.getKey())) {
				all = all.with(answer.getKey(), answer.getValue());
			}
		}
		return new RequestDetails(all);
	}

}
