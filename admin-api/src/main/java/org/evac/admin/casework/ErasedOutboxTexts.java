package org.evac.admin.casework;

import org.evac.domain.request.PersonalDataErased;
import org.evac.outbox.Outbox;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Retention may run on an instance without the bot: there too, the outbox forgets the
 * texts it could never deliver to a resident whose data was erased (the bot's own
 * listener does the same where it runs; forgetting twice changes nothing).
 */
@Component
class ErasedOutboxTexts {

	private final Outbox outbox;

	ErasedOutboxTexts(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(PersonalDataErased erased) {
		if (erased.chatId() != 0) {
			this.outbox.forgetUndelivered(erased.chatId());
		}
	}

}
