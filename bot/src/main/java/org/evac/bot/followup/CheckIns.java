package org.evac.bot.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.evac.bot.conversation.Conversations;
import org.evac.bot.conversation.FollowUpPrompts;
import org.evac.bot.conversation.Reply;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.FollowUp;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.outbox.OutgoingMessage;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * "Do you still need evacuation?" on a request waiting for volunteers, or postponed by
 * the resident. The next one is counted from the last thing that happened (filed, asked,
 * answered, status changed), never from a fixed timetable: after downtime one is sent,
 * not one per period missed.
 */
@Component
@Conditional(RemindersEnabled.class)
class CheckIns implements ReminderKind<EvacuationRequest> {

	static final String NAME = "CHECK_IN";

	private static final List<RequestStatus> ASKED = List.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS,
			RequestStatus.DEFERRED);

	private final ReminderProperties properties;

	private final Requests requests;

	private final FollowUpPrompts prompts;

	private final ResidentLanguage language;

	CheckIns(ReminderProperties properties, Requests requests, FollowUpPrompts prompts, Conversations conversations) {
		this.properties = properties;
		this.requests = requests;
		this.prompts = prompts;
		this.language = new ResidentLanguage(conversations);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<EvacuationRequest> subject() {
		return EvacuationRequest.class;
	}

	@Override
	public boolean quiet() {
		return true;
	}

	@Override
	public Optional<Planned> next(EvacuationRequest request, Instant now) {
		if (!ASKED.contains(request.status()) || request.erased() || request.chatId() == 0
				|| request.telegramUnreachable()) {
			return Optional.empty();
		}
		FollowUp followUp = request.followUp();
		Duration every = (request.status() == RequestStatus.DEFERRED) ? this.properties.deferredAfter()
				: this.properties.checkinEvery();
		Instant dueAt = latest(request.createdAt(), followUp.lastCheckInAt(), followUp.answeredAt(),
				request.statusSince())
			.plus(every);
		int number = followUp.checkIns() + 1;
		return Optional
			.of(new Planned("checkin:" + request.id() + ":" + number, NAME, request.chatId(), request.id(), dueAt));
	}

	@Override
	public Sending send(Planned planned, EvacuationRequest request, Instant now) {
		Reply ask = this.prompts.checkIn(this.language.of(request), request.number(),
				request.status() == RequestStatus.DEFERRED);
		int number = request.followUp().checkIns() + 1;
		return new Sending(List.of(OutgoingMessage.send(request.chatId(), ask.text(), ask.keyboard(), "reminder")),
				() -> this.requests.change(request.id(), r -> r.checkInSent(number, now)));
	}

	private static Instant latest(Instant... instants) {
		return Stream.of(instants).filter(i -> i != null).max(Instant::compareTo).orElseThrow();
	}

}
