package org.evac.bot.crew;

import java.util.List;
import java.util.Optional;

import org.evac.bot.conversation.Incoming;
import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.crew.TelegramLinks;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;

/**
 * A volunteer sends the one-time code from the page to the bot in a private chat: their
 * account is linked to their Telegram user (a private chat's id is its user's id), and
 * the link is audited. A code never reaches the residents' conversation.
 */
public class CrewLinking {

	/** Volunteers read Ukrainian. */
	private static final Language VOLUNTEERS = Language.UK;

	private final TelegramLinks links;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Outbox outbox;

	private final Messages messages;

	public CrewLinking(TelegramLinks links, Accounts accounts, AuditLog audit, Outbox outbox, Messages messages) {
		this.links = links;
		this.accounts = accounts;
		this.audit = audit;
		this.outbox = outbox;
		this.messages = messages;
	}

	/** True when the message was a link code, and was handled. */
	public boolean handles(long chatId, Incoming incoming, int updateId) {
		if (!(incoming instanceof Incoming.Text text) || !TelegramLinks.CODE.matcher(text.text().strip()).matches()) {
			return false;
		}
		Optional<String> linked = this.links.redeem(text.text(), chatId);
		if (linked.isPresent() && !this.accounts.byUsername(linked.get()).map(Account::enabled).orElse(false)) {
			this.links.unlink(linked.get()); // a disabled account speaks for nobody
			linked = Optional.empty();
		}
		linked.ifPresent(username -> this.audit.record(username, null, AuditAction.TELEGRAM_LINKED,
				"linked to a Telegram user in a private chat"));
		String reply = linked.map(username -> this.messages.text(VOLUNTEERS, "crew.linked", username))
			.orElseGet(() -> this.messages.text(VOLUNTEERS, "crew.code-unknown"));
		this.outbox.enqueue("crew-link:" + updateId,
				List.of(OutgoingMessage.send(chatId, reply, Keyboard.NONE, "notice")));
		return true;
	}

}
