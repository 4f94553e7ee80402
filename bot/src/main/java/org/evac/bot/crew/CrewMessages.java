package org.evac.bot.crew;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evac.domain.account.Account;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.ResidentNotices;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;

/**
 * A crew member's Telegram reply (to the card, or to a resident's message the bot passed
 * on) is sent to the resident as a volunteer's message, as from the page's {@code POST
 * /api/requests/{id}/messages}: into the request's thread, audited, and the resident's
 * notice queued from the same write. The request is the one the replied message names.
 * Replies of residents (to a notice naming their request) are theirs: only a linked
 * account's reply is taken here.
 */
class CrewMessages {

	/** The page takes no longer message either. */
	static final int MAX_LENGTH = 2000;

	private static final Pattern NUMBER = Pattern.compile("EV-\\d{1,9}");

	private static final Language VOLUNTEERS = Language.UK;

	private final CrewMembers members;

	private final CrewChanges changes;

	private final ResidentNotices notices;

	private final Outbox outbox;

	private final Messages messages;

	private final Clock clock;

	CrewMessages(CrewMembers members, CrewChanges changes, ResidentNotices notices, Outbox outbox, Messages messages,
			Clock clock) {
		this.members = members;
		this.changes = changes;
		this.notices = notices;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	/** The request a message of the bot names, if any. */
	static Optional<String> numberIn(String botText) {
		Matcher m = (botText == null) ? null : NUMBER.matcher(botText);
		return (m != null && m.find()) ? Optional.of(m.group()) : Optional.empty();
	}

	/**
	 * True when it was a linked crew member's reply naming a request, and was handled.
	 */
	boolean replied(long chatId, String text, String repliedTo, int updateId) {
		Optional<String> number = numberIn(repliedTo);
		Optional<Account> account = number.flatMap(n -> this.members.of(chatId));
		if (account.isEmpty()) {
			return false;
		}
		String body = text.strip();
		String answer = (body.length() > MAX_LENGTH) ? text("crew.too-long", MAX_LENGTH)
				: send(account.get(), number.get(), body, updateId);
		this.outbox.enqueue("crew-reply:" + updateId,
				List.of(OutgoingMessage.send(chatId, answer, Keyboard.NONE, "volunteer")));
		return true;
	}

	private String send(Account account, String number, String body, int updateId) {
		String messageId = "tg-" + updateId;
		return this.changes.change(account, number, "crew-message:" + updateId, AuditAction.SEND_MESSAGE, r -> {
			if (!r.status().isOpen() || r.chatId() == 0) {
				throw new IllegalStateException("Request %s: the bot writes no more to its resident".formatted(number));
			}
			r.messageFromVolunteer(messageId, account.username(), body, this.clock.instant());
			return new CrewChanges.Effect("message of " + body.length() + " characters",
					this.notices.message(r, messageId, body));
		}, r -> text("crew.sent", r.number()), r -> text("crew.not-sent", r.number()));
	}

	private String text(String key, Object... args) {
		return this.messages.text(VOLUNTEERS, key, args);
	}

}
