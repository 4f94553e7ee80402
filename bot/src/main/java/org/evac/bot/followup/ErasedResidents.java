package org.evac.bot.followup;

import org.evac.bot.conversation.ResidentErased;

import org.springframework.context.event.EventListener;

/** After /delete nothing more goes to the resident: their reminders are dropped. */
class ErasedResidents {

	private final Reminders reminders;

	ErasedResidents(Reminders reminders) {
		this.reminders = reminders;
	}

	@EventListener
	void on(ResidentErased erased) {
		this.reminders.dropChat(erased.chatId());
	}

}
