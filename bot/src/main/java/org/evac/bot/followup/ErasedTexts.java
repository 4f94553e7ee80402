package org.evac.bot.followup;

import org.evac.bot.conversation.ResidentErased;
import org.evac.domain.request.PersonalDataErased;
import org.evac.outbox.Outbox;

import org.springframework.context.event.EventListener;

/**
 * When a resident's data is erased (by /delete, or by retention after closing), the
 * outbox forgets the texts it could never deliver to them: they hold the same words.
 */
class ErasedTexts {

	private final Outbox outbox;

	ErasedTexts(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(ResidentErased erased) {
		this.outbox.forgetUndelivered(erased.chatId());
	}

	@EventListener
	void on(PersonalDataErased erased) {
		if (erased.chatId() != 0) {
			this.outbox.forgetUndelivered(erased.chatId());
		}
	}

}
