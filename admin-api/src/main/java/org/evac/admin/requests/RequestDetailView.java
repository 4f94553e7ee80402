package org.evac.admin.requests;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.DuplicateLink;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Note;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.StatusChange;
import org.evac.domain.request.ThreadMessage;

/**
 * Everything about one request: the queue's view, and the notes, the thread with the
 * resident and the status history. Notes and the thread may hold personal details, so
 * they are shown like the address: to the claimer and coordinators; so are the notes of
 * the history and why another request may be the same household.
 *
 * @param allowedStatuses where the request may move next
 * @param threadSize how many messages the thread holds, also when it is not shown
 */
public record RequestDetailView(@JsonUnwrapped RequestView request, List<Note> notes, List<ThreadMessage> thread,
		int threadSize, int notesSize, List<StatusChange> history, List<DuplicateLink> possibleDuplicates,
		Pickup pickup, String mergedInto, Set<RequestStatus> allowedStatuses) {

	public static RequestDetailView of(EvacuationRequest request, boolean personal, Urgency urgency,
			SettlementRegister settlements) {
		return new RequestDetailView(RequestView.of(request, personal, urgency, settlements),
				personal ? request.notes() : List.of(), personal ? request.thread() : List.of(),
				request.thread().size(), request.notes().size(),
				personal ? request.history() : withoutNotes(request.history()),
				personal ? request.possibleDuplicates() : withoutReasons(request.possibleDuplicates()),
				(personal || request.pickup() == null) ? request.pickup() : new Pickup(request.pickup().at(), null),
				request.mergedInto(), request.allowedStatuses());
	}

	/**
	 * Which phone or address two requests share is the claimer's and coordinators' to
	 * see.
	 */
	private static List<DuplicateLink> withoutReasons(List<DuplicateLink> links) {
		return links.stream().map(l -> new DuplicateLink(l.id(), l.number(), null)).toList();
	}

	/** A status note may tell of the person, like the notes. */
	private static List<StatusChange> withoutNotes(List<StatusChange> history) {
		return history.stream().map(c -> new StatusChange(c.at(), c.from(), c.to(), c.by(), null)).toList();
	}

}
