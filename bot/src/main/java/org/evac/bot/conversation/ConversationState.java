package org.evac.bot.conversation;

import org.evac.domain.i18n.Language;

/**
 * Where a resident is in the conversation. The step is stored by its id, never by a
 * position, so adding a question never breaks a conversation in flight.
 *
 * @param step the id of the question being asked, {@link #IDLE} when no request is being
 * filled in
 * @param draft the answers so far, null when idle
 * @param draftId identifies this draft; filing it twice files one request
 * @param pending a confirmation being asked, or null
 */
public record ConversationState(Language language, String step, Draft draft, String draftId, Pending pending) {

	public static final String IDLE = "idle";

	public static ConversationState newcomer(Language language) {
		return new ConversationState(language, IDLE, null, null, null);
	}

	public boolean isIdle() {
		return IDLE.equals(this.step) || this.draft == null;
	}

	ConversationState at(String step, Draft draft) {
		return new ConversationState(this.language, step, draft, this.draftId, null);
	}

	ConversationState idle() {
		return new ConversationState(this.language, IDLE, null, null, null);
	}

	ConversationState startDraft(String draftId) {
		return new ConversationState(this.language, Questionnaire.WHO, Draft.empty(), draftId, null);
	}

	ConversationState asking(Pending pending) {
		return new ConversationState(this.language, this.step, this.draft, this.draftId, pending);
	}

	ConversationState in(Language language) {
		return new ConversationState(language, this.step, this.draft, this.draftId, this.pending);
	}

}
