package org.evac.bot.crew;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.evac.domain.account.Account;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.domain.request.ResidentNotices;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;

/**
 * The buttons under a claimer's private card: in progress, schedule (when and where,
 * asked in the private chat), evacuated, not reachable, release. Each goes the page's way
 * ({@link CrewChanges}): the same rule, the request's own status rules and the same write
 * path, so the audit has its record and the resident is told once, in their language.
 * Whatever the outcome, the tapper hears it as the button's answer; a stale or forged
 * button is answered kindly and changes nothing.
 */
public class CrewCasework {

	/** The buttons' data: {@code cw:go:EV-1001}, {@code cw:at:EV-1001:29412345}. */
	static final String PREFIX = "cw:";

	private static final Language VOLUNTEERS = Language.UK;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM HH:mm");

	private final CrewMembers members;

	private final Requests requests;

	private final CrewChanges changes;

	private final ResidentNotices notices;

	private final SchedulePrompts prompts;

	private final Outbox outbox;

	private final Messages messages;

	private final Clock clock;

	private final ZoneId zone;

	CrewCasework(CrewMembers members, Requests requests, CrewChanges changes, ResidentNotices notices,
			SchedulePrompts prompts, Outbox outbox, Messages messages, Clock clock, ZoneId zone) {
		this.members = members;
		this.requests = requests;
		this.changes = changes;
		this.notices = notices;
		this.prompts = prompts;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
	}

	/** The next moves, under the card of request {@code number}. */
	Keyboard buttons(String number) {
		return Keyboard.Inline.of(List.of(button(Move.IN_PROGRESS, number), button(Move.SCHEDULE, number),
				button(Move.EVACUATED, number), button(Move.UNREACHABLE, number), button(Move.RELEASE, number)), 2);
	}

	private Keyboard.InlineButton button(Move move, String number) {
		return new Keyboard.InlineButton(text(move.label), PREFIX + move.code + ":" + number);
	}

	/** A tap in a volunteer's private chat: true when it was one of these buttons. */
	boolean tapped(long chatId, String data, String callbackQueryId, int updateId) {
		if (data == null || !data.startsWith(PREFIX)) {
			return false;
		}
		String[] parts = data.substring(PREFIX.length()).split(":");
		Optional<Move> move = (parts.length >= 2) ? Move.of(parts[0]) : Optional.empty();
		Optional<Account> account = this.members.of(chatId);
		List<OutgoingMessage> out = new ArrayList<>();
		String answer;
		if (account.isEmpty()) {
			answer = text("crew.not-linked");
		}
		else if (move.isEmpty() || (move.get() == Move.AT && parts.length != 3)) {
			answer = text("crew.unknown-button");
		}
		else {
			answer = act(chatId, account.get(), move.get(), parts, updateId, out);
		}
		out.add(0, OutgoingMessage.answerButton(chatId, callbackQueryId, answer));
		this.outbox.enqueue("crew-act:" + updateId, out);
		return true;
	}

	/**
	 * Words typed in a private chat asked for a pickup: true when they were taken as the
	 * answer (or asked again for).
	 */
	boolean typed(long chatId, String typed, int updateId) {
		return typed(chatId, typed, updateId, false);
	}

	/** The same, but only words that read as a pickup are taken. */
	boolean typedPickup(long chatId, String typed, int updateId) {
		return typed(chatId, typed, updateId, true);
	}

	private boolean typed(long chatId, String typed, int updateId, boolean onlyAPickup) {
		Optional<String> number = this.prompts.waiting(chatId);
		Optional<Pickup> pickup = number.flatMap(n -> PickupText.parse(typed, this.clock.instant(), this.zone));
		Optional<Account> account = number.flatMap(n -> this.members.of(chatId));
		if (account.isEmpty() || (onlyAPickup && pickup.isEmpty())) {
			return false;
		}
		String reply = pickup.map(p -> schedule(account.get(), number.get(), p, updateId))
			.orElseGet(() -> text("crew.schedule.bad"));
		if (pickup.isPresent()) {
			this.prompts.answered(chatId);
		}
		this.outbox.enqueue("crew-typed:" + updateId,
				List.of(OutgoingMessage.send(chatId, reply, Keyboard.NONE, "volunteer")));
		return true;
	}

	private String act(long chatId, Account account, Move move, String[] parts, int updateId,
			List<OutgoingMessage> out) {
		String number = parts[1];
		return switch (move) {
			case RELEASE -> this.changes.change(account, number, "crew-change:" + updateId, AuditAction.RELEASE, r -> {
				String holder = r.claimedBy();
				r.release(this.clock.instant());
				return new CrewChanges.Effect("released, held by " + holder, null);
			}, r -> text("crew.released", r.number()));
			case SCHEDULE -> askWhen(chatId, account, number, out);
			case AT -> at(parts[2]).map(at -> schedule(account, number, new Pickup(at, null), updateId))
				.orElseGet(() -> text("crew.unknown-button"));
			default -> moveTo(account, number, move.status, null, updateId,
					r -> text("crew.moved", r.number(), text("status." + r.status().name())));
		};
	}

	private String schedule(Account account, String number, Pickup pickup, int updateId) {
		return moveTo(account, number, RequestStatus.SCHEDULED, pickup, updateId,
				r -> text("crew.scheduled", r.number(), SHOWN.format(pickup.at().atZone(this.zone)),
						(pickup.place() == null) ? "—" : pickup.place()));
	}

	private String moveTo(Account account, String number, RequestStatus target, Pickup pickup, int updateId,
			Function<EvacuationRequest, String> done) {
		return this.changes.change(account, number, "crew-change:" + updateId, AuditAction.CHANGE_STATUS, r -> {
			RequestStatus from = r.status();
			r.changeStatus(target, account.username(), null, pickup, this.clock.instant());
			return new CrewChanges.Effect("status " + from + " -> " + target, this.notices.statusChanged(r));
		}, done);
	}

	/**
	 * Asks when and where, in the private chat: two quick times, or typed words. Asks
	 * only who may schedule it; the change itself checks again.
	 */
	private String askWhen(long chatId, Account account, String number, List<OutgoingMessage> out) {
		Optional<EvacuationRequest> request = this.requests.byNumber(number);
		Optional<String> refusal = this.changes.refusal(account, request);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		if (!request.get().allowedStatuses().contains(RequestStatus.SCHEDULED)) {
			return this.changes.stale(request.get());
		}
		this.prompts.ask(chatId, number);
		ZonedDateTime now = this.clock.instant().atZone(this.zone);
		ZonedDateTime soon = now.plusHours(2)
			.truncatedTo(ChronoUnit.HOURS)
			.plusMinutes((now.getMinute() < 30) ? 30 : 60);
		ZonedDateTime tomorrow = now.toLocalDate().plusDays(1).atTime(9, 0).atZone(this.zone);
		Keyboard quick = Keyboard.Inline.of(List.of(quick(number, soon), quick(number, tomorrow)), 2);
		out.add(OutgoingMessage.send(chatId, text("crew.schedule.ask", number), quick, "volunteer"));
		return null; // the question itself follows
	}

	private Keyboard.InlineButton quick(String number, ZonedDateTime at) {
		return new Keyboard.InlineButton(text("crew.schedule.at", SHOWN.format(at)),
				PREFIX + Move.AT.code + ":" + number + ":" + (at.toEpochSecond() / 60));
	}

	private static Optional<Instant> at(String epochMinutes) {
		try {
			return Optional.of(Instant.ofEpochSecond(Long.parseLong(epochMinutes) * 60));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private String text(String key, Object... args) {
		return this.messages.text(VOLUNTEERS, key, args);
	}

	/** The buttons, by their short code in the data. */
	enum Move {

		IN_PROGRESS("go", "crew.act.IN_PROGRESS", RequestStatus.IN_PROGRESS),
		SCHEDULE("sch", "crew.act.SCHEDULED", null), AT("at", null, null),
		EVACUATED("done", "crew.act.EVACUATED", RequestStatus.EVACUATED),
		UNREACHABLE("unr", "crew.act.UNREACHABLE", RequestStatus.UNREACHABLE), RELEASE("rel", "crew.act.release", null);

		final String code;

		final String label;

		final RequestStatus status;

		Move(String code, String label, RequestStatus status) {
			this.code = code;
			this.label = label;
			this.status = status;
		}

		static Optional<Move> of(String code) {
			for (Move move : values()) {
				if (move.code.equals(code)) {
					return Optional.of(move);
				}
			}
			return Optional.empty();
		}

	}

}
