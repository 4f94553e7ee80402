package org.evac.domain.request;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.evac.domain.i18n.Messages;
import org.evac.domain.place.SeedFiles;
import org.evac.domain.request.PendingEffect.Notice;

import org.springframework.stereotype.Component;

/**
 * What the resident is told, in their language, of what volunteers did: every status
 * change, every message, a merge. The notice is stored with the change and queued in the
 * outbox from there ({@link org.evac.outbox.EffectsRelay}). A resident who erased their
 * data has no chat any more and is told nothing (null). The page's casework and the
 * crews' buttons in Telegram both tell the resident through this one class, so a change
 * reads the same to them whoever made it, wherever.
 */
@Component
public class ResidentNotices {

	private final Messages messages;

	private final SeedFiles seeds;

	/** Pickup times in the residents' zone. */
	private final DateTimeFormatter when;

	public ResidentNotices(Messages messages, ZoneId zone, SeedFiles seeds) {
		this.messages = messages;
		this.seeds = seeds;
		this.when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
	}

	/** Of the status the request has just been moved to; null when that is not told. */
	public Notice statusChanged(EvacuationRequest request) {
		RequestStatus status = request.status();
		String key = "notice.status." + status.name();
		if (!this.messages.has(key)) {
			return null;
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
		return notice(request, "status:" + request.id() + ":" + request.history().size(), text.toString());
	}

	/** What to bring, with the pickup: the household packs before the van comes. */
	private String checklist(EvacuationRequest request) {
		StringBuilder text = new StringBuilder(text(request, "filed.checklist"));
		this.seeds.pickupChecklist()
			.forEach(item -> text.append('\n').append(text(request, "pickup.item", item.in(request.language()))));
		return text.toString();
	}

	public Notice message(EvacuationRequest request, String messageId, String body) {
		return notice(request, "message:" + request.id() + ":" + messageId,
				text(request, "notice.message", request.number(), body));
	}

	public Notice merged(EvacuationRequest merged, String stays) {
		return notice(merged, "merged:" + merged.id(), text(merged, "notice.merged", merged.number(), stays));
	}

	private String text(EvacuationRequest request, String key, Object... args) {
		return this.messages.text(request.language(), key, args);
	}

	private Notice notice(EvacuationRequest request, String key, String text) {
		if (request.chatId() == 0) {
			return null;
		}
		return new Notice(key, request.chatId(), about(request) + text, "volunteer");
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
