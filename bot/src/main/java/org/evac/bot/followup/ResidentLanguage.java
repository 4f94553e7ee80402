package org.evac.bot.followup;

import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.Conversations;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;

/**
 * The language to write to a resident in: the one of their conversation (they may have
 * changed it with /language since filing), else the request's.
 */
class ResidentLanguage {

	private final Conversations conversations;

	ResidentLanguage(Conversations conversations) {
		this.conversations = conversations;
	}

	Language of(EvacuationRequest request) {
		return this.conversations.find(request.chatId())
			.map(ConversationRecord::state)
			.map(state -> state.language())
			.orElse(request.language());
	}

}
