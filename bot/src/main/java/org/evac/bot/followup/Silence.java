package org.evac.bot.followup;

import java.time.Instant;
import java.util.Optional;

import org.evac.bot.volunteerchat.TeamChats;
import org.evac.bot.volunteerchat.VolunteerChatProperties;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.FollowUp;
import org.evac.domain.request.Requests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The resident stopped answering check-ins: volunteers are told, and the request rises in
 * the queue. Once, until the resident answers again.
 */
@Component
@Conditional(RemindersEnabled.class)
class Silence implements ReminderKind<EvacuationRequest> {

	static final String NAME = "SILENCE";

	private final ReminderProperties properties;

	private final Requests requests;

	private final VolunteersNotice notice;

	Silence(ReminderProperties properties, VolunteerChatProperties volunteers, Requests requests, Messages messages) {
		this(properties, volunteers, requests, messages, null);
	}

	/**
	 * @param chats the request's teams' groups, where the notice goes
	 */
	@Autowired
	Silence(ReminderProperties properties, VolunteerChatProperties volunteers, Requests requests, Messages messages,
			TeamChats chats) {
		this.properties = properties;
		this.requests = requests;
		this.notice = new VolunteersNotice(volunteers, messages, chats);
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
		return false;
	}

	@Override
	public Optional<Planned> next(EvacuationRequest request, Instant now) {
		FollowUp followUp = request.followUp();
		int missedAllowed = this.properties.escalateAfterMissed();
		if (!request.status().isOpen() || request.erased() || missedAllowed <= 0 || followUp.missed() < missedAllowed
				|| followUp.silenceReportedAt() != null) {
			return Optional.empty();
		}
		return Optional.of(new Planned("silence:" + request.id() + ":" + followUp.checkIns(), NAME, request.chatId(),
				request.id(), followUp.lastCheckInAt()));
	}

	@Override
	public Sending send(Planned planned, EvacuationRequest request, Instant now) {
		return new Sending(
				this.notice.about(request, "volunteers.silent", request.number(), request.followUp().missed()),
				() -> this.requests.change(request.id(), r -> r.reportSilence(now)));
	}

}
