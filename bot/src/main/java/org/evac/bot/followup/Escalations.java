package org.evac.bot.followup;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.evac.bot.volunteerchat.VolunteerChatProperties;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.FollowUp;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.outbox.Keyboard;
import org.evac.outbox.OutgoingMessage;

/**
 * Requests that need a person: the resident stopped answering check-ins, or nobody took
 * the request. Each is raised in the queue once (until the resident answers again, or the
 * request comes back to NEW), and the volunteers' chat, if there is one, is told the
 * number and what kind of household it is: never a name, an address or a phone.
 */
class Escalations implements RequestFollowUp {

	/** Volunteers read Ukrainian. */
	private static final Language VOLUNTEERS = Language.UK;

	private final ReminderProperties properties;

	private final VolunteerChatProperties volunteers;

	private final Requests requests;

	private final Messages messages;

	private final DateTimeFormatter time;

	Escalations(ReminderProperties properties, VolunteerChatProperties volunteers, Requests requests,
			Messages messages) {
		this.properties = properties;
		this.volunteers = volunteers;
		this.requests = requests;
		this.messages = messages;
		this.time = DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(properties.zone());
	}

	@Override
	public List<Planned> due(EvacuationRequest request, Instant now) {
		List<Planned> due = new ArrayList<>();
		if (!request.status().isOpen() || request.erased()) {
			return due;
		}
		FollowUp followUp = request.followUp();
		int missedAllowed = this.properties.escalateAfterMissed();
		if (missedAllowed > 0 && followUp.missed() >= missedAllowed && followUp.silenceReportedAt() == null) {
			due.add(new Planned("silence:" + request.id() + ":" + followUp.checkIns(), Reminder.Kind.SILENCE,
					request.chatId(), request.id(), followUp.lastCheckInAt()));
		}
		if (request.status() == RequestStatus.NEW && request.claimedBy() == null) {
			Instant since = request.statusSince();
			Instant dueAt = since.plus(this.properties.unclaimedAfter());
			Instant reported = followUp.unclaimedReportedAt();
			if (!dueAt.isAfter(now) && (reported == null || reported.isBefore(since))) {
				due.add(new Planned("unclaimed:" + request.id() + ":" + since.getEpochSecond(), Reminder.Kind.UNCLAIMED,
						request.chatId(), request.id(), dueAt));
			}
		}
		return due;
	}

	@Override
	public Sending send(Planned planned, EvacuationRequest request, Instant now) {
		boolean silent = planned.kind() == Reminder.Kind.SILENCE;
		List<OutgoingMessage> notice = new ArrayList<>();
		if (this.volunteers.enabled()) {
			String text = silent
					? text("volunteers.silent", request.number(), request.followUp().missed(), details(request))
					: text("volunteers.unclaimed", request.number(), this.time.format(request.statusSince()),
							details(request));
			notice.add(OutgoingMessage.send(this.volunteers.chatId(), text, Keyboard.NONE, "volunteer"));
		}
		return new Sending(notice, () -> this.requests.change(request.id(), r -> {
			if (silent) {
				r.reportSilence(now);
			}
			else {
				r.reportUnclaimed(now);
			}
		}));
	}

	/** What kind of household, without anything that identifies it. */
	private String details(EvacuationRequest request) {
		RequestDetails details = request.details();
		String place = (details.settlement() == null) ? "—" : details.settlement().name();
		String needs = details.needs().isEmpty() ? "—"
				: details.needs()
					.stream()
					.sorted()
					.map(n -> text("need." + n.name()))
					.collect(Collectors.joining(", "));
		return text("volunteers.details", place, details.householdSize(), details.children(), needs);
	}

	private String text(String key, Object... args) {
		return this.messages.text(VOLUNTEERS, key, args);
	}

}
