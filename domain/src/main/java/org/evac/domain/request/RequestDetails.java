package org.evac.domain.request;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;

/**
 * What the resident told us, kept as answers keyed by question id ({@link AnswerMap}) and
 * stored as one field per answer. The typed accessors name the answers the rules and the
 * views read; any other answer is in {@link #answers()}.
 *
 * <p>
 * Only the answers in {@link #ANONYMOUS} stay, after the resident erases their data (so
 * counts remain true): a new question's answer is personal until declared otherwise.
 */
public final class RequestDetails {

	public static final String SETTLEMENT = "settlement";

	public static final String OBLAST = "oblast";

	public static final String ADDRESS = "address";

	public static final String LOCATION = "location";

	public static final String PHONE = "phone";

	public static final String SECOND_PHONE = "secondPhone";

	public static final String HOUSEHOLD_SIZE = "householdSize";

	public static final String CHILDREN = "children";

	public static final String NEEDS = "needs";

	public static final String DESTINATION = "destination";

	public static final String ACCOMMODATION_NEEDED = "accommodationNeeded";

	/** {@link WhoLeaves}: the request is for the person writing or for someone else. */
	public static final String WHO = "who";

	/** The name of the person to pick up, when the request is for someone else. */
	public static final String NAME = "name";

	/** The number of the person who wrote, when the request is for someone else. */
	public static final String FILER_PHONE = "filer-phone";

	/** The person to pick up has no phone. */
	public static final String NO_PHONE = "no-phone";

	public static final String MOBILITY = "mobility";

	public static final String FLOOR = "floor";

	public static final String LIFT = "lift";

	public static final String PET_COUNT = "pet-count";

	public static final String PET_KINDS = "pet-kinds";

	/** Shelling nearby or a damaged home, right now. */
	public static final String DANGER = "danger";

	public static final String READY = "ready";

	public static final String CREW_NOTE = "crew-note";

	/** The answers that cannot identify or locate anyone. */
	public static final Set<String> ANONYMOUS = Set.of(SETTLEMENT, OBLAST, HOUSEHOLD_SIZE, CHILDREN, NEEDS, DESTINATION,
			ACCOMMODATION_NEEDED, WHO, NO_PHONE, MOBILITY, LIFT, PET_COUNT, PET_KINDS, DANGER, READY);

	/** Stored as the plain document of its answers. */
	public static final StoredAsAnswers<RequestDetails> STORAGE = new StoredAsAnswers<>(RequestDetails.class,
			document -> new RequestDetails(AnswerMap.of(document)), details -> details.answers.toDocument());

	private final AnswerMap answers;

	public RequestDetails(AnswerMap answers) {
		this.answers = (answers == null) ? AnswerMap.empty() : answers;
	}

	public RequestDetails(PlaceRef settlement, PlaceRef oblast, String address, GeoPoint location, String phone,
			String secondPhone, int householdSize, int children, Set<SpecialNeed> needs, Destination destination,
			Boolean accommodationNeeded) {
		this(AnswerMap.empty()
			.with(SETTLEMENT, settlement)
			.with(OBLAST, oblast)
			.with(ADDRESS, address)
			.with(LOCATION, location)
			.with(PHONE, phone)
			.with(SECOND_PHONE, secondPhone)
			.with(HOUSEHOLD_SIZE, householdSize)
			.with(CHILDREN, children)
			.with(NEEDS, (needs == null) ? Set.of() : needs)
			.with(DESTINATION, destination(destination))
			.with(ACCOMMODATION_NEEDED, accommodationNeeded));
	}

	private static AnswerMap destination(Destination destination) {
		if (destination == null) {
			return null;
		}
		return AnswerMap.empty()
			.with("kind", destination.kind())
			.with("oblast", destination.oblast())
			.with("town", destination.town());
	}

	public AnswerMap answers() {
		return this.answers;
	}

	/**
	 * These details with one more answer (or one forgotten, when {@code value} is null).
	 */
	public RequestDetails with(String key, Object value) {
		return new RequestDetails(this.answers.with(key, value));
	}

	public PlaceRef settlement() {
		return this.answers.place(SETTLEMENT);
	}

	public PlaceRef oblast() {
		return this.answers.place(OBLAST);
	}

	public String address() {
		return this.answers.text(ADDRESS);
	}

	public GeoPoint location() {
		return this.answers.point(LOCATION);
	}

	/** The number of the person to pick up (null when they have none). */
	public String phone() {
		return this.answers.text(PHONE);
	}

	public String secondPhone() {
		return this.answers.text(SECOND_PHONE);
	}

	public int householdSize() {
		return Objects.requireNonNullElse(this.answers.number(HOUSEHOLD_SIZE), 0);
	}

	public int children() {
		return Objects.requireNonNullElse(this.answers.number(CHILDREN), 0);
	}

	public Set<SpecialNeed> needs() {
		return this.answers.choices(NEEDS, SpecialNeed.class);
	}

	public Destination destination() {
		AnswerMap destination = this.answers.nested(DESTINATION);
		if (destination.isEmpty()) {
			return null;
		}
		return new Destination(destination.choice("kind", DestinationKind.class), destination.place("oblast"),
				destination.place("town"));
	}

	public Boolean accommodationNeeded() {
		return this.answers.flag(ACCOMMODATION_NEEDED);
	}

	public WhoLeaves who() {
		return Objects.requireNonNullElse(this.answers.choice(WHO, WhoLeaves.class), WhoLeaves.SELF);
	}

	public boolean forSomeoneElse() {
		return who() == WhoLeaves.SOMEONE_ELSE;
	}

	public String filerPhone() {
		return this.answers.text(FILER_PHONE);
	}

	/** Null when not asked (requests filed before the question existed). */
	public Mobility mobility() {
		return this.answers.choice(MOBILITY, Mobility.class);
	}

	public boolean dangerNow() {
		return Boolean.TRUE.equals(this.answers.flag(DANGER));
	}

	public Readiness readiness() {
		return this.answers.choice(READY, Readiness.class);
	}

	/**
	 * Whether the crew must carry someone: a stretcher, or an older answer of
	 * "bedridden".
	 */
	public boolean needsStretcher() {
		return mobility() == Mobility.STRETCHER || needs().contains(SpecialNeed.BEDRIDDEN);
	}

	/** The same answers without anything that could identify or locate the household. */
	public RequestDetails withoutPersonalData() {
		return new RequestDetails(this.answers.only(ANONYMOUS));
	}

	/** The stored shape, for tests and raw writes. */
	public Document toDocument() {
		return this.answers.toDocument();
	}

	/** The answers as plain values. */
	public Map<String, Object> values() {
		return this.answers.values();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof RequestDetails details) && this.answers.equals(details.answers);
	}

	@Override
	public int hashCode() {
		return this.answers.hashCode();
	}

	@Override
	public String toString() {
		return "RequestDetails" + this.answers.values().keySet();
	}

}
