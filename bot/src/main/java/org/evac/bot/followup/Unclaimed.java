package org.evac.bot.followup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.evac.bot.volunteerchat.TeamChats;
import org.evac.bot.volunteerchat.VolunteerChatProperties;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Nobody took a new request for {@code unclaimedAfter}: volunteers are told, and it rises
 * in the queue. Once, until the request comes back to NEW.
 */
@Component
@Conditional(RemindersEnabled.class)
class Unclaimed implements ReminderKind<EvacuationRequest> {

	static final String NAME = "UNCLAIMED";

	private final ReminderProperties properties;

	private final Requests requests;

	private final VolunteersNotice notice;

	private final DateTimeFormatter time;

	Unclaimed(ReminderProperties properties, VolunteerChatProperties volunteers, Requests requests, Messages messages,
			ZoneId zone) {
		this(properties, volunteers, requests, messages, zone, null);
	}

	/**
	 * @param chats the request's teams' groups, where the notice goes
	 */
	@Autowired
	Unclaimed(ReminderProperties properties, VolunteerChatProperties volunteers, Requests requests, Messages messages,
			ZoneId zone, TeamChats chats) {
		this.properties = properties;
		this.requests = requests;
		this.notice = new VolunteersNotice(volunteers, messages, chats);
		this.time = DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(zone);
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
		if (request.status() != RequestStatus.NEW || request.erased() || request.claimedBy() != null) {
			return Optional.empty();
		}
		Instant since = request.statusSince();
		Instant reported = request.followUp().unclaimedReportedAt();
		if (reported != null && !reported.isBefore(since)) {
			return Optional.empty();
		}
		return Optional.of(new Planned("unclaimed:" + request.id() + ":" + since.getEpochSecond(), NAME,
				request.chatId(), request.id(), since.plus(this.properties.unclaimedAfter())));
	}

	@Override
	public Sending send(Planned planned, EvacuationRequest request, Instant now) {
		return new Sending(
				this.notice.about(request, "volunteers.unclaimed", request.number(),
						this.time.format(request.statusSince())),
				() -> this.requests.change(request.id(), r -> r.reportUnclaimed(now)));
	}

}
