package org.evac.admin.runs;

import java.util.List;

import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;

import org.springframework.stereotype.Component;

/**
 * What the resident hears of a run beyond the casework's notices: the crew did not find
 * them, and they are asked to write. Once per step of the request's history.
 */
@Component
class RunNotices {

	private final Outbox outbox;

	private final Messages messages;

	RunNotices(Outbox outbox, Messages messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	void notFound(EvacuationRequest request) {
		if (request.chatId() == 0) {
			return;
		}
		String text = this.messages.text(request.language(), "notice.run.not-found", request.number());
		this.outbox.enqueue("run-not-found:" + request.id() + ":" + request.history().size(),
				List.of(OutgoingMessage.send(request.chatId(), text, Keyboard.NONE, "volunteer")));
	}

}
