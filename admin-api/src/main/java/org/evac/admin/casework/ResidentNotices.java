package org.evac.admin.casework;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.evac.domain.i18n.Messages;
import org.evac.domain.place.SeedFiles;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;

import org.springframework.stereotype.Component;

/**
 * Tells the resident, in their language and through the outbox, what volunteers did:
 * every status change, every message, a merge. A resident who erased their data has no
 * chat any more and is told nothing.
 */
@Component
class ResidentNotices {

	private final Outbox outbox;

	private final Messages messages;

	private final SeedFiles seeds;

	/** Pickup times in the residents' zone. */
	private final DateTimeFormatter when;

	ResidentNotices(Outbox outbox, Messages messages, ZoneId zone, SeedFiles seeds) {
		this.outbox = outbox;
		this.messages = messages;
		this.seeds = seeds;
		this.when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
	}

	void statusChanged(EvacuationRequest request) {
		RequestStatus status = request.status();
		String key = "notice.status." + status.name();
		if (!this.messages.has(key)) {
			return;
		}
		StringBuilder text = new StringBuilder(text(request, key, request.number()));
		Pickup pickup = request.pickup();
		if (status == RequestStatus.SCHEDULED && pickup != null) {
			if (pickup.at() != null) {
				text.append('\n').append(text(request, "notice.pickup.at", this.when.format(pickup.at())));
			}
			if (pickup.place() != null && !pickup.place().isBlank()) {
				text.append('\n').append(text(request, "notice.pickup.place", pickup.place()));
			}
			text.append("\n\n").append(checklist(request));
		}
		// one notice per step of the history: sending it again adds nothing
		send(request, "status:" + request.id() + ":" + request.history().size(), text.toString());
	}

	/** What to bring, with the pickup: the household packs before the van comes. */
	private String checklist(EvacuationRequest request) {
		StringBuilder text = new StringBuilder(text(request, "filed.checklist"));
		this.seeds.pickupChecklist()
			.forEach(item -> text.append('\n').append(text(request, "pickup.item", item.in(request.language()))));
		return text.toString();
	}

	void message(EvacuationRequest request, String messageId, String body) {
		send(request, "message:" + request.id() + ":" + messageId,
				text(request, "notice.message", request.number(), body));
	}

	void merged(EvacuationRequest merged, String stays) {
		send(merged, "merged:" + merged.id(), text(merged, "notice.merged", merged.number(), stays));
	}

	private String text(EvacuationRequest request, String key, Object... args) {
		return this.messages.text(request.language(), key, args);
	}

	private void send(EvacuationRequest request, String key, String text) {
		if (request.chatId() == 0) {
			return;
		}
		this.outbox.enqueue(key,
				List.of(OutgoingMessage.send(request.chatId(), about(request) + text, Keyboard.NONE, "volunteer")));
	}

	/**
	 * Who filed for someone else is told whom each notice is about: they may have filed
	 * for more than one person.
	 */
	private String about(EvacuationRequest request) {
		RequestDetails details = request.details();
		if (details == null || !details.forSomeoneElse()) {
			return "";
		}
		String name = details.answers().text(RequestDetails.NAME);
		String who = (name == null) ? text(request, "notice.about.someone") : name;
		String place = (details.settlement() == null) ? "—" : details.settlement().name();
		return text(request, "notice.about", who, place) + "\n\n";
	}

}
