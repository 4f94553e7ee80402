package org.evac.bot.crew;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Requests;
import org.evac.domain.request.ResidentWrote;
import org.evac.domain.request.ThreadMessage;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;

/**
 * What a resident writes about a request a linked crew member holds comes to the
 * claimer's private chat too, tagged with the request's number (a reply to it goes back
 * to the resident, {@link CrewMessages}); it stays in the request's thread as always.
 * Each message is passed on once, and that read is audited like the page's.
 */
class ClaimerRelay {

	private static final Logger log = LoggerFactory.getLogger(ClaimerRelay.class);

	private static final Language VOLUNTEERS = Language.UK;

	private final Requests requests;

	private final CrewMembers members;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Outbox outbox;

	private final Messages messages;

	private final Clock clock;

	ClaimerRelay(Requests requests, CrewMembers members, Accounts accounts, AuditLog audit, Outbox outbox,
			Messages messages, Clock clock) {
		this.requests = requests;
		this.members = members;
		this.accounts = accounts;
		this.audit = audit;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	@EventListener
	public void on(ResidentWrote wrote) {
		try {
			this.requests.byId(wrote.requestId()).ifPresent(request -> pass(request, wrote.messageId()));
		}
		catch (RuntimeException ex) {
			// the message is in the thread: the page shows it whatever happens here
			log.warn("Could not pass a resident's message of {} to its claimer: {}", wrote.number(),
					ex.getClass().getSimpleName());
		}
	}

	private void pass(EvacuationRequest request, String messageId) {
		String holder = request.claimedBy();
		Optional<Long> chat = Optional.ofNullable(holder)
			.filter(h -> this.accounts.byUsername(h).map(Account::enabled).orElse(false))
			.flatMap(this.members::chatOf);
		Optional<ThreadMessage> message = request.thread().stream().filter(m -> m.id().equals(messageId)).findFirst();
		if (chat.isEmpty() || message.isEmpty()) {
			return;
		}
		this.audit.recordOnce("claimer-read:" + request.id() + ":" + messageId, this.clock.instant(), holder,
				request.id(), AuditAction.READ_REQUEST,
				"a resident's message passed to the claimer's private Telegram chat");
		String text = this.messages.text(VOLUNTEERS, "crew.from-resident", request.number(), body(message.get()));
		this.outbox.enqueue("to-claimer:" + request.id() + ":" + messageId,
				List.of(OutgoingMessage.send(chat.get(), text, Keyboard.NONE, "volunteer")));
	}

	private String body(ThreadMessage message) {
		String words = (message.text() == null) ? "" : message.text();
		if (message.attachment() == null) {
			return words;
		}
		String kind = this.messages.text(VOLUNTEERS, "crew.attachment", message.attachment().kind());
		return words.isBlank() ? kind : words + "\n" + kind;
	}

}
