package org.evac.admin.runs;

import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.PendingEffect;

import org.springframework.stereotype.Component;

/**
 * What the resident hears of a run beyond the casework's notices: the crew did not find
 * them, or their household was taken out of the run after its pickup was sent; either way
 * they are asked to write. Each is owed by the request's own change
 * ({@link PendingEffect}) and sent once per step of its history.
 */
@Component
class RunNotices {

	private static final String PURPOSE = "volunteer";

	private final Messages messages;

	RunNotices(Messages messages) {
		this.messages = messages;
	}

	/** For a request just put back by {@link EvacuationRequest#notFoundAtPickup}. */
	PendingEffect.Notice notFound(EvacuationRequest request) {
		return notice(request, "run-not-found", "notice.run.not-found");
	}

	/**
	 * For a request just put back by {@link EvacuationRequest#takenOutOfScheduledRun}.
	 */
	PendingEffect.Notice takenOut(EvacuationRequest request) {
		return notice(request, "run-taken-out", "notice.run.taken-out");
	}

	/** Null when the resident erased their data: nobody to tell. */
	private PendingEffect.Notice notice(EvacuationRequest request, String kind, String key) {
		if (request.chatId() == 0) {
			return null;
		}
		return new PendingEffect.Notice(kind + ":" + request.id() + ":" + request.history().size(), request.chatId(),
				this.messages.text(request.language(), key, request.number()), PURPOSE);
	}

}
