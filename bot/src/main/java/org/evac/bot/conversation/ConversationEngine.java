package org.evac.bot.conversation;

import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.evac.domain.i18n.LocalizedName;
import org.evac.domain.i18n.Messages;
import org.evac.domain.time.ResidentsZone;
import org.evac.outbox.Keyboard;

/**
 * The resident's conversation: given where a resident is and what they just did, decides
 * what to answer and where they are next. It knows nothing of Telegram or MongoDB, so it
 * is tested as a table. Commands come before the current question (they work at any
 * point); anything it cannot read gets a kind word and the same question again.
 */
public final class ConversationEngine {

	/** Open requests one resident may have; the next is refused kindly. */
	static final int MAX_OPEN_PER_RESIDENT = 3;

	private final Messages messages;

	private final Directory directory;

	private final ResidentDesk desk;

	private final Questionnaire questionnaire = new Questionnaire();

	private final Prompter prompter = new Prompter(this.questionnaire);

	private final Commands commands;

	private final FollowUpButtons followUps;

	private final long keptDays;

	/** In the default zone of the residents, with the default retention. */
	public ConversationEngine(Messages messages, Directory directory, ResidentDesk desk) {
		this(messages, directory, desk, ResidentsZone.DEFAULT);
	}

	/** Writing dates in the residents' {@code zone}. */
	public ConversationEngine(Messages messages, Directory directory, ResidentDesk desk, ZoneId zone) {
		this(messages, directory, desk, zone, Period.ofDays((int) Context.DEFAULT_KEPT_DAYS));
	}

	/**
	 * @param zone the residents' zone, for the dates they read
	 * @param keptAfterClosing how long personal details are kept after a request is
	 * closed ({@code evac.retention.closed-after}), as the notice tells
	 */
	public ConversationEngine(Messages messages, Directory directory, ResidentDesk desk, ZoneId zone,
			Period keptAfterClosing) {
		this.keptDays = keptAfterClosing.toTotalMonths() * 30 + keptAfterClosing.getDays();
		this.messages = messages;
		this.directory = directory;
		this.desk = desk;
		this.commands = new Commands(desk, this.prompter, zone);
		this.followUps = new FollowUpButtons(desk, this.prompter, this.commands, this.questionnaire);
	}

	public Outcome handle(ConversationState state, Turn turn) {
		Context c = new Context(state.language(), this.messages, this.directory, false, this.keptDays)
			.about(state.draft());
		Incoming incoming = turn.incoming();
		if (incoming instanceof Incoming.Command command) {
			return this.commands.command(state, command.name(), turn, c);
		}
		if (incoming instanceof Incoming.ButtonPress press) {
			Optional<Buttons.Press> parsed = Buttons.parse(press.data());
			if (parsed.isPresent() && this.followUps.owns(parsed.get().owner())) {
				return this.followUps.press(state, parsed.get(), turn, c);
			}
			if (parsed.isPresent() && this.commands.ownsButton(parsed.get().owner())) {
				return this.commands.confirm(state, parsed.get(), turn, c);
			}
			if (parsed.isEmpty() || state.isIdle() || !parsed.get().owner().equals(state.step())) {
				return this.commands.stale(state, c);
			}
		}
		if (incoming instanceof Incoming.Edited) {
			return again(state, "invalid.edited", c);
		}
		if (state.isIdle()) {
			return idle(state, turn, c);
		}
		if (incoming instanceof Incoming.Unsupported || incoming instanceof Incoming.Media) {
			return again(state, "invalid.unsupported", c);
		}
		if (Questionnaire.SUMMARY.equals(state.step())) {
			return summary(state, turn, c);
		}
		return this.questionnaire.step(state.step())
			.map(step -> answer(state, step, turn, c))
			.orElseGet(() -> moveOn(state, state.draft(), turn, c));
	}

	private <T> Outcome answer(ConversationState state, Step<T> step, Turn turn, Context c) {
		Parsed<T> parsed = notTheirs(step, turn.incoming(), c) ? Parsed.invalid("other.not-theirs")
				: step.parser().parse(turn.incoming(), state.draft(), c);
		if (parsed instanceof Parsed.Invalid<T> invalid) {
			Reply reask = step.prompt().ask(state.draft(), c);
			return Outcome.of(state.asking(null),
					List.of(reask.prefixedWith(invalid.reasonKey(), c.text(invalid.reasonKey(), invalid.args()))));
		}
		Draft answered = step.answer(state.draft(), ((Parsed.Ok<T>) parsed).value(), c);
		return moveOn(state, answered, turn, c);
	}

	/**
	 * For someone else, the writer's shared location is the writer's place, not theirs
	 * (their own number is turned away by the phone question itself).
	 */
	private static boolean notTheirs(Step<?> step, Incoming incoming, Context c) {
		return incoming instanceof Incoming.SharedLocation && c.someoneElse();
	}

	/**
	 * To the next unanswered question, or the summary when all are answered: one message,
	 * the next question, and nothing else. A big reply keyboard (contact, location) is
	 * replaced by the next question's own, taken away by a question without buttons, and
	 * hides itself once used (it is sent as a one-time keyboard), so no separate
	 * acknowledgement is needed to clear it.
	 */
	private Outcome moveOn(ConversationState state, Draft draft, Turn turn, Context before) {
		Context c = before.about(draft);
		String next = this.questionnaire.next(draft);
		Reply prompt = this.prompter.prompt(next, draft, c);
		if (next.equals(state.step()) && turn.incoming() instanceof Incoming.ButtonPress press) {
			// the same question after a tap (ticking needs): update that message in place
			prompt = prompt.editing(press.messageId());
		}
		return Outcome.of(state.at(next, draft), List.of(prompt));
	}

	private Outcome summary(ConversationState state, Turn turn, Context c) {
		String value = Answers.button(turn.incoming()).orElse("");
		if (value.equals(Summary.CONFIRM)) {
			return file(state, turn, c);
		}
		if (value.startsWith(Summary.EDIT_PREFIX)) {
			String stepId = value.substring(Summary.EDIT_PREFIX.length());
			if (Questionnaire.EDITABLE.contains(stepId) && this.questionnaire.applies(stepId, state.draft())) {
				return Outcome.of(state.at(stepId, state.draft()),
						List.of(this.prompter.prompt(stepId, state.draft(), c)));
			}
		}
		return again(state, "summary.tap-a-button", c);
	}

	private Outcome file(ConversationState state, Turn turn, Context c) {
		if (FollowUpButtons.isAmendment(state)) {
			return this.followUps.amend(state, turn, c);
		}
		Draft draft = state.draft();
		String oblast = (draft.oblast() == null) ? null : draft.oblast().code();
		long open = this.desk.requestsOf(turn.chatId()).stream().filter(ResidentDesk.RequestSummary::isOpen).count();
		if (open >= MAX_OPEN_PER_RESIDENT) {
			// one household's requests should not crowd out everyone else's in the queue
			return Outcome.of(state.idle(), List.of(new Reply("filed.too-many",
					c.text("filed.too-many", open) + "\n\n" + Summary.hotlines(oblast, c), Keyboard.REMOVE)));
		}
		String number = this.desk.file(turn.chatId(), state.draftId(), state.language(), draft.toDetails());
		String phone = (draft.phone() == null) ? c.text("phone.none") : draft.phone();
		Reply filed = new Reply(
				"filed", c.text("filed", number, phone, draft.answers().text(Questionnaire.FILER_PHONE)) + "\n\n"
						+ checklist(c) + Summary.hotlines(oblast, c) + "\n\n" + c.text("filed.commands"),
				Keyboard.REMOVE);
		return Outcome.of(state.idle(), List.of(filed));
	}

	/**
	 * What to bring, sent once at filing (and again before the pickup), so a household
	 * called at short notice is ready.
	 */
	private static String checklist(Context c) {
		List<LocalizedName> items = c.directory().pickupChecklist();
		if (items.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(c.text("filed.checklist"));
		items.forEach(item -> text.append('\n').append(c.text("pickup.item", item.in(c.language()))));
		return text.append("\n\n").toString();
	}

	/**
	 * Someone who writes without a request in progress: a newcomer is welcomed into the
	 * questionnaire at once; what someone with an open request writes goes to the
	 * volunteers with that request.
	 */
	private Outcome idle(ConversationState state, Turn turn, Context c) {
		List<ResidentDesk.RequestSummary> open = this.desk.requestsOf(turn.chatId())
			.stream()
			.filter(ResidentDesk.RequestSummary::isOpen)
			.toList();
		if (open.isEmpty()) {
			return this.commands.startNew(state, turn, c);
		}
		ResidentDesk.RequestSummary latest = open.get(0);
		if (turn.incoming() instanceof Incoming.Text text
				&& this.desk.leaveMessage(turn.chatId(), turn.updateId(), text.text())) {
			return Outcome.of(state, List.of(c.reply("thread.received", Keyboard.REMOVE, latest.number())));
		}
		if (turn.incoming() instanceof Incoming.Media media
				&& this.desk.leaveMedia(turn.chatId(), turn.updateId(), media)) {
			return Outcome.of(state, List.of(c.reply("thread.media-received", Keyboard.REMOVE, latest.number())));
		}
		return Outcome.of(state, List.of(c.reply("idle.has-request", Keyboard.REMOVE, latest.number(),
				c.text("status." + latest.status().name()))));
	}

	private Outcome again(ConversationState state, String reasonKey, Context c) {
		return Outcome.of(state, List.of(this.prompter.reask(state, c).prefixedWith(reasonKey, c.text(reasonKey))));
	}

}
