package org.evac.bot.conversation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.evac.domain.i18n.Language;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;
import org.evac.outbox.Keyboard;

/**
 * The commands that work at any point ({@code /start}, {@code /status}, {@code /cancel},
 * {@code /delete}, {@code /help}, {@code /language}) and the buttons that confirm them.
 * After a command the resident is taken back to the question they were at.
 */
final class Commands {

	static final List<String> NAMES = List.of("start", "status", "cancel", "delete", "help", "language");

	/** Owners of confirmation buttons: {@code cancel|EV-1001}, {@code delete|yes}... */
	private static final List<String> BUTTON_OWNERS = List.of("cancel", "delete", "discard", "start", "lang");

	private final ResidentDesk desk;

	private final Prompter prompter;

	/** Dates in the residents' zone. */
	private final DateTimeFormatter date;

	/** Pickup times, as the scheduling notice gives them. */
	private final DateTimeFormatter when;

	Commands(ResidentDesk desk, Prompter prompter, ZoneId zone) {
		this.desk = desk;
		this.prompter = prompter;
		this.date = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(zone);
		this.when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
	}

	boolean ownsButton(String owner) {
		return BUTTON_OWNERS.contains(owner);
	}

	Outcome command(ConversationState state, String name, Turn turn, Context c) {
		return switch (name) {
			case "start" -> start(state, turn, c);
			case "status" -> status(state, turn, c);
			case "cancel" -> cancel(state, turn, c);
			case "delete" -> Outcome.of(state.asking(Pending.of(Pending.Kind.DELETE)),
					List.of(c.reply("delete.confirm", Keyboard.Inline.column(c.button("delete.yes", "delete|yes"),
							c.button("confirm.no", "delete|no")))));
			case "help" -> Outcome.of(state, List.of(
					new Reply("help", c.text("help") + "\n\n" + Summary.hotlines(oblastOf(state), c), Keyboard.NONE),
					this.prompter.reask(state, c)));
			case "language" -> Outcome.of(state,
					List.of(c.reply("language.choose",
							Keyboard.Inline.of(List.of(new Keyboard.InlineButton("Українська", "lang|uk"),
									new Keyboard.InlineButton("English", "lang|en"),
									new Keyboard.InlineButton("Русский", "lang|ru")), 1))));
			default -> Outcome.of(state,
					List.of(this.prompter.reask(state, c).prefixedWith("command.unknown", c.text("command.unknown"))));
		};
	}

	/**
	 * A fresh draft, unless one is in progress (then resume) or a request is open (then
	 * ask).
	 */
	Outcome start(ConversationState state, Turn turn, Context c) {
		if (!state.isIdle()) {
			return Outcome.of(state.asking(null),
					List.of(this.prompter.reask(state, c).prefixedWith("start.resume", c.text("start.resume"))));
		}
		List<ResidentDesk.RequestSummary> open = this.desk.requestsOf(turn.chatId())
			.stream()
			.filter(ResidentDesk.RequestSummary::isOpen)
			.toList();
		if (!open.isEmpty()) {
			return Outcome.of(state.asking(Pending.of(Pending.Kind.NEW_REQUEST)),
					List.of(c.reply("start.has-open",
							Keyboard.Inline.column(c.button("start.new-request", "start|new"),
									c.button("confirm.no", "start|no")),
							open.get(0).number(), c.text("status." + open.get(0).status().name()))));
		}
		return startNew(state, turn, c);
	}

	Outcome startNew(ConversationState state, Turn turn, Context c) {
		ConversationState started = state.startDraft(turn.chatId() + "-" + turn.updateId());
		return Outcome.of(started, List.of(this.prompter.reask(started, c)));
	}

	private Outcome status(ConversationState state, Turn turn, Context c) {
		List<ResidentDesk.RequestSummary> requests = this.desk.requestsOf(turn.chatId());
		StringBuilder text = new StringBuilder();
		if (requests.isEmpty()) {
			text.append(c.text("status.none"));
		}
		else {
			text.append(c.text("status.title"));
			for (ResidentDesk.RequestSummary r : requests) {
				text.append('\n')
					.append(c.text("status.line", r.number(), c.text("status." + r.status().name()),
							this.date.format(r.createdAt())));
				pickup(text, r, c);
			}
		}
		List<Reply> replies = new ArrayList<>();
		replies.add(new Reply("status", text.toString(), Keyboard.NONE));
		if (!state.isIdle()) {
			replies.add(this.prompter.reask(state, c).prefixedWith("status.continue", c.text("status.continue")));
		}
		return Outcome.of(state, replies);
	}

	/**
	 * A scheduled request shows when and where the crew (its run) picks the household up.
	 */
	private void pickup(StringBuilder text, ResidentDesk.RequestSummary r, Context c) {
		Pickup pickup = r.pickup();
		if (r.status() != RequestStatus.SCHEDULED || pickup == null) {
			return;
		}
		if (pickup.at() != null) {
			text.append('\n').append(c.text("notice.pickup.at", this.when.format(pickup.at())));
		}
		if (pickup.place() != null && !pickup.place().isBlank()) {
			text.append('\n').append(c.text("notice.pickup.place", pickup.place()));
		}
	}

	/**
	 * Stops the draft in progress, if any (a filed request is withdrawn once no draft is
	 * left); otherwise withdraws an open request.
	 */
	private Outcome cancel(ConversationState state, Turn turn, Context c) {
		if (FollowUpButtons.isAmendment(state)) {
			// stopping a correction leaves the request as it was: nothing to confirm
			return Outcome.of(state.idle(),
					List.of(c.reply("amend.dropped", Keyboard.REMOVE, FollowUpButtons.amendedNumber(state))));
		}
		if (!state.isIdle()) {
			return Outcome.of(state.asking(Pending.of(Pending.Kind.DISCARD)),
					List.of(c.reply("discard.confirm", Keyboard.Inline.column(c.button("discard.yes", "discard|yes"),
							c.button("discard.no", "discard|no")))));
		}
		List<String> open = this.desk.requestsOf(turn.chatId())
			.stream()
			.filter(ResidentDesk.RequestSummary::isOpen)
			.map(ResidentDesk.RequestSummary::number)
			.toList();
		if (!open.isEmpty()) {
			return askToCancel(state, open, c);
		}
		return Outcome.of(state, List.of(c.reply("cancel.nothing", Keyboard.REMOVE)));
	}

	/** Which of these open requests to withdraw, if any: it cannot be undone. */
	Outcome askToCancel(ConversationState state, List<String> open, Context c) {
		List<Keyboard.InlineButton> buttons = new ArrayList<>();
		open.forEach(number -> buttons.add(c.button("cancel.yes", "cancel|" + number, number)));
		buttons.add(c.button("confirm.no", "cancel|no"));
		return Outcome.of(state.asking(new Pending(Pending.Kind.CANCEL, open)),
				List.of(c.reply("cancel.confirm", Keyboard.Inline.of(buttons, 1), String.join(", ", open))));
	}

	/**
	 * A tap on a confirmation button; stale unless it answers the question being asked.
	 */
	Outcome confirm(ConversationState state, Buttons.Press press, Turn turn, Context c) {
		if (press.owner().equals("lang")) {
			Language language = Language.fromCode(press.value());
			ConversationState changed = state.in(language);
			Context inNewLanguage = new Context(language, c.messages(), c.directory());
			return Outcome.of(changed, List.of(this.prompter.reask(changed, inNewLanguage)
				.prefixedWith("language.set", inNewLanguage.text("language.set"))));
		}
		Pending pending = state.pending();
		if (pending == null || !press.owner().equals(ownerOf(pending.kind()))) {
			return stale(state, c);
		}
		ConversationState answered = state.asking(null);
		if (press.value().equals("no")) {
			return Outcome.of(answered, List.of(this.prompter.reask(answered, c)
				.prefixedWith("confirm.nothing-changed", c.text("confirm.nothing-changed"))));
		}
		return switch (pending.kind()) {
			case CANCEL -> confirmCancel(answered, pending, press.value(), turn, c);
			case DELETE -> {
				this.desk.eraseEverything(turn.chatId());
				ConversationState erased = ConversationState.newcomer(state.language());
				yield new Outcome(erased, List.of(c.reply("delete.done", Keyboard.REMOVE)), null, true);
			}
			case DISCARD -> Outcome.of(answered.idle(), List.of(c.reply("discard.done", Keyboard.REMOVE)));
			case NEW_REQUEST -> startNew(answered, turn, c);
		};
	}

	private Outcome confirmCancel(ConversationState state, Pending pending, String number, Turn turn, Context c) {
		if (!pending.numbers().contains(number)) {
			return stale(state, c);
		}
		boolean cancelled = this.desk.cancel(turn.chatId(), number);
		Reply reply = c.reply(cancelled ? "cancel.done" : "cancel.not-open", Keyboard.NONE, number);
		return Outcome.of(state, List.of(reply));
	}

	Outcome stale(ConversationState state, Context c) {
		return Outcome.of(state, List.of(this.prompter.reask(state, c))).withButtonNotice(c.text("button.stale"));
	}

	private static String ownerOf(Pending.Kind kind) {
		return switch (kind) {
			case CANCEL -> "cancel";
			case DELETE -> "delete";
			case DISCARD -> "discard";
			case NEW_REQUEST -> "start";
		};
	}

	private static String oblastOf(ConversationState state) {
		return (state.draft() == null || state.draft().oblast() == null) ? null : state.draft().oblast().code();
	}

}
