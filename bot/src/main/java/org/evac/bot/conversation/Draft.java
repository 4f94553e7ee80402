package org.evac.bot.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.request.Destination;
import org.evac.domain.request.DestinationKind;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.SpecialNeed;

/**
 * The answers given so far. {@code answered} holds the ids of the questions answered (an
 * optional question may be answered by skipping it), so that the next question is simply
 * the first one not answered yet.
 *
 * @param settlementCandidates register codes of the settlements the typed name may mean
 * @param settlementFromLocation the settlement was guessed from a shared location
 */
public record Draft(Set<String> answered, PlaceRef settlement, PlaceRef oblast, List<String> settlementCandidates,
		boolean settlementFromLocation, GeoPoint location, String address, String phone, String secondPhone,
		Integer householdSize, Integer children, Set<SpecialNeed> needs, DestinationKind destinationKind,
		PlaceRef destinationOblast, PlaceRef destinationTown, Boolean accommodationNeeded) {

	public Draft {
		answered = (answered == null) ? Set.of() : Set.copyOf(answered);
		settlementCandidates = (settlementCandidates == null) ? List.of() : List.copyOf(settlementCandidates);
		needs = (needs == null) ? Set.of() : Set.copyOf(needs);
	}

	public static Draft empty() {
		return new Draft(Set.of(), null, null, List.of(), false, null, null, null, null, null, null, Set.of(), null,
				null, null, null);
	}

	/**
	 * The answers of a filed request, every question answered, so the resident lands on
	 * the summary and changes only what is wrong.
	 */
	static Draft of(RequestDetails details, List<String> stepIds) {
		Destination destination = (details.destination() == null) ? Destination.undecided() : details.destination();
		PlaceRef destinationOblast = (destination.kind() == DestinationKind.OTHER_OBLAST) ? destination.oblast() : null;
		return new Draft(Set.copyOf(stepIds), details.settlement(), details.oblast(), List.of(), false,
				details.location(), details.address(), details.phone(), details.secondPhone(), details.householdSize(),
				details.children(), details.needs(), destination.kind(), destinationOblast, destination.town(),
				details.accommodationNeeded());
	}

	public boolean isAnswered(String stepId) {
		return this.answered.contains(stepId);
	}

	Draft answer(String stepId) {
		Set<String> set = new HashSet<>(this.answered);
		set.add(stepId);
		return withAnswered(set);
	}

	Draft unanswer(String... stepIds) {
		Set<String> set = new HashSet<>(this.answered);
		for (String id : stepIds) {
			set.remove(id);
		}
		return withAnswered(set);
	}

	private Draft withAnswered(Set<String> set) {
		return new Draft(set, this.settlement, this.oblast, this.settlementCandidates, this.settlementFromLocation,
				this.location, this.address, this.phone, this.secondPhone, this.householdSize, this.children,
				this.needs, this.destinationKind, this.destinationOblast, this.destinationTown,
				this.accommodationNeeded);
	}

	Draft withSettlement(PlaceRef settlement, List<String> candidates, boolean fromLocation) {
		return new Draft(this.answered, settlement, this.oblast, candidates, fromLocation, this.location, this.address,
				this.phone, this.secondPhone, this.householdSize, this.children, this.needs, this.destinationKind,
				this.destinationOblast, this.destinationTown, this.accommodationNeeded);
	}

	/**
	 * A different home oblast makes the destination questions moot: the safer towns and
	 * the oblasts offered depend on it.
	 */
	Draft withOblast(PlaceRef oblast) {
		Draft draft = new Draft(this.answered, this.settlement, oblast, this.settlementCandidates,
				this.settlementFromLocation, this.location, this.address, this.phone, this.secondPhone,
				this.householdSize, this.children, this.needs, this.destinationKind, this.destinationOblast,
				this.destinationTown, this.accommodationNeeded);
		boolean changed = (this.oblast == null) ? oblast != null
				: (oblast == null || !java.util.Objects.equals(this.oblast.code(), oblast.code()));
		return (changed && this.destinationKind != null && this.destinationKind != DestinationKind.UNDECIDED)
				? draft.withDestinationKind(null).unanswer(Questionnaire.DESTINATION) : draft;
	}

	Draft withLocation(GeoPoint location) {
		return new Draft(this.answered, this.settlement, this.oblast, this.settlementCandidates,
				this.settlementFromLocation, location, this.address, this.phone, this.secondPhone, this.householdSize,
				this.children, this.needs, this.destinationKind, this.destinationOblast, this.destinationTown,
				this.accommodationNeeded);
	}

	Draft withAddress(String address) {
		return new Draft(this.answered, this.settlement, this.oblast, this.settlementCandidates,
				this.settlementFromLocation, this.location, address, this.phone, this.secondPhone, this.householdSize,
				this.children, this.needs, this.destinationKind, this.destinationOblast, this.destinationTown,
				this.accommodationNeeded);
	}

	Draft withPhone(String phone) {
		return new Draft(this.answered, this.settlement, this.oblast, this.settlementCandidates,
				this.settlementFromLocation, this.location, this.address, phone, this.secondPhone, this.householdSize,
				this.children, this.needs, this.destinationKind, this.destinationOblast, this.destinationTown,
				this.accommodationNeeded);
	}

	Draft withSecondPhone(String secondPhone) {
		return new Draft(this.answered, this.settlement, this.oblast, this.settlementCandidates,
				this.settlementFromLocation, this.location, this.address, this.phone, secondPhone, this.householdSize,
				this.children, this.needs, this.destinationKind, this.destinationOblast, this.destinationTown,
				this.accommodationNeeded);
	}

	Draft withHousehold(Integer householdSize, Integer children) {
		return new Draft(this.answered, this.settlement, this.oblast, this.settlementCandidates,
				this.settlementFromLocation, this.location, this.address, this.phone, this.secondPhone, householdSize,
				children, this.needs, this.destinationKind, this.destinationOblast, this.destinationTown,
				this.accommodationNeeded);
	}

	Draft withNeeds(Set<SpecialNeed> needs) {
		return new Draft(this.answered, this.settlement, this.oblast, this.settlementCandidates,
				this.settlementFromLocation, this.location, this.address, this.phone, this.secondPhone,
				this.householdSize, this.children, needs, this.destinationKind, this.destinationOblast,
				this.destinationTown, this.accommodationNeeded);
	}

	/**
	 * Choosing another kind of destination forgets the oblast or town chosen for the old
	 * one.
	 */
	Draft withDestinationKind(DestinationKind kind) {
		return new Draft(this.answered, this.settlement, this.oblast, this.settlementCandidates,
				this.settlementFromLocation, this.location, this.address, this.phone, this.secondPhone,
				this.householdSize, this.children, this.needs, kind, null, null, this.accommodationNeeded)
			.unanswer(Questionnaire.DESTINATION_OBLAST, Questionnaire.DESTINATION_TOWN);
	}

	Draft withDestination(PlaceRef destinationOblast, PlaceRef destinationTown) {
		return new Draft(this.answered, this.settlement, this.oblast, this.settlementCandidates,
				this.settlementFromLocation, this.location, this.address, this.phone, this.secondPhone,
				this.householdSize, this.children, this.needs, this.destinationKind, destinationOblast, destinationTown,
				this.accommodationNeeded);
	}

	Draft withAccommodationNeeded(Boolean needed) {
		return new Draft(this.answered, this.settlement, this.oblast, this.settlementCandidates,
				this.settlementFromLocation, this.location, this.address, this.phone, this.secondPhone,
				this.householdSize, this.children, this.needs, this.destinationKind, this.destinationOblast,
				this.destinationTown, needed);
	}

	/** The request these answers make. */
	RequestDetails toDetails() {
		Destination destination = switch (this.destinationKind == null ? DestinationKind.UNDECIDED
				: this.destinationKind) {
			case OTHER_OBLAST -> Destination.otherOblast(this.destinationOblast);
			case SAFER_TOWN -> Destination.saferTown(this.oblast, this.destinationTown);
			case UNDECIDED -> Destination.undecided();
		};
		int people = (this.householdSize == null) ? 1 : this.householdSize;
		int kids = (this.children == null) ? 0 : this.children;
		return new RequestDetails(this.settlement, this.oblast, this.address, this.location, this.phone,
				this.secondPhone, people, kids, this.needs, destination, this.accommodationNeeded);
	}

}
