package org.evac.bot.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evac.domain.i18n.Language;
import org.evac.outbox.GroupCommit;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Applies one thing a resident did: the conversation's new state, the request it files or
 * withdraws, and the replies, all stored before the update counts as handled. An update
 * applied before has no effect at all.
 */
public class ResidentConversations {

	private static final int MAX_ATTEMPTS = 5;

	private final ConversationEngine engine;

	private final Conversations conversations;

	private final Outbox outbox;

	private final Clock clock;

	public ResidentConversations(ConversationEngine engine, Conversations conversations, Outbox outbox, Clock clock) {
		this.engine = engine;
		this.conversations = conversations;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * @param languageCode Telegram's language of the person, for a conversation's first
	 * turn
	 * @param callbackQueryId the button tap to answer, or null
	 * @param batch the writes this turn is part of: the replies go out once they are
	 * durable
	 */
	public void apply(Turn turn, String languageCode, String callbackQueryId, GroupCommit.Batch batch) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Optional<ConversationRecord> stored = this.conversations.find(turn.chatId());
			if (stored.isPresent() && stored.get().hasApplied(turn.updateId())) {
				return; // applied already: Telegram delivered it again
			}
			ConversationState state = stored.map(ConversationRecord::state)
				.orElseGet(() -> ConversationState.newcomer(Language.fromTelegram(languageCode)));
			Outcome outcome = this.engine.handle(state, turn);
			// replies first: if we stop before the state is saved, the redelivered update
			// queues the same message ids again, which adds nothing
			this.outbox.enqueue("u" + turn.updateId(), messages(turn, outcome, callbackQueryId), batch);
			if (outcome.forget()) {
				this.conversations.forget(turn.chatId(), batch);
				return;
			}
			if (this.conversations.save(stored.orElse(null), turn.chatId(), outcome.state(), turn.updateId(),
					this.clock.instant(), batch)) {
				return;
			}
		}
		throw new OptimisticLockingFailureException("Conversation " + turn.chatId() + " keeps changing");
	}

	private static List<OutgoingMessage> messages(Turn turn, Outcome outcome, String callbackQueryId) {
		List<OutgoingMessage> messages = new ArrayList<>();
		if (callbackQueryId != null) {
			// first, so the button stops spinning at once
			messages.add(OutgoingMessage.answerButton(turn.chatId(), callbackQueryId, outcome.buttonNotice()));
		}
		for (Reply reply : outcome.replies()) {
			messages.add((reply.editMessageId() != null && reply.editMessageId() > 0)
					? OutgoingMessage.edit(turn.chatId(), reply.editMessageId(), reply.text(), reply.keyboard())
					: OutgoingMessage.send(turn.chatId(), reply.text(), reply.keyboard(), "reply"));
		}
		return messages;
	}

}
