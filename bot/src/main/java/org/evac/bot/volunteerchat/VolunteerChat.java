package org.evac.bot.volunteerchat;

import java.util.List;
import java.util.stream.Collectors;

import org.evac.bot.crew.CrewClaims;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestFiled;
import org.evac.domain.request.Requests;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;

/**
 * Announces each new request in its teams' groups ({@link TeamChats}): number,
 * settlement, people, children and needs; never an address, a phone or a location.
 */
public class VolunteerChat {

	private static final Logger log = LoggerFactory.getLogger(VolunteerChat.class);

	/**
	 * A priority from which a request is marked urgent in a digest (children,
	 * medical...).
	 */
	private static final int URGENT = 50;

	private final VolunteerChatProperties properties;

	private final Requests requests;

	private final Outbox outbox;

	private final Messages messages;

	private final TeamChats chats;

	/** The claim button under each announcement; null: none. */
	private final CrewClaims claims;

	/** Each group's pace; null: every announcement goes out on its own. */
	private final GroupDigests digests;

	public VolunteerChat(VolunteerChatProperties properties, Requests requests, Outbox outbox, Messages messages,
			TeamChats chats, CrewClaims claims) {
		this(properties, requests, outbox, messages, chats, claims, null);
	}

	public VolunteerChat(VolunteerChatProperties properties, Requests requests, Outbox outbox, Messages messages,
			TeamChats chats, CrewClaims claims, GroupDigests digests) {
		this.digests = digests;
		this.claims = claims;
		this.properties = properties;
		this.requests = requests;
		this.outbox = outbox;
		this.messages = messages;
		this.chats = chats;
	}

	@EventListener
	public void on(RequestFiled filed) {
		try {
			this.requests.byId(filed.id()).ifPresent(this::announce);
		}
		catch (RuntimeException ex) {
			log.warn("Could not announce {} to the volunteers' chat: {}", filed.number(),
					ex.getClass().getSimpleName());
		}
	}

	private void announce(EvacuationRequest request) {
		List<Long> chats = this.chats.of(request);
		if (chats.isEmpty()) {
			return;
		}
		String text = text(request);
		GroupDigests.Waiting waiting = new GroupDigests.Waiting(request.number(), line(request),
				(this.claims == null) ? null : this.claims.namedButton(request.number()));
		// a busy group hears of it in the next digest instead
		List<Long> now = chats.stream()
			.filter(chat -> this.digests == null || this.digests.announceNow(chat, waiting))
			.toList();
		if (now.isEmpty()) {
			return;
		}
		// the key makes a second announcement of the same request a no-op
		this.outbox.enqueue("team-new:" + request.number(),
				now.stream().map(chat -> OutgoingMessage.send(chat, text, button(request), "volunteer")).toList());
	}

	/**
	 * Its line in a digest: urgency (🔴 danger now, 🟠 urgent, ⚪ the rest), number,
	 * settlement and household; nothing personal.
	 */
	String line(EvacuationRequest request) {
		RequestDetails d = request.details();
		String urgency = d.dangerNow() ? "🔴" : (request.priority() >= URGENT) ? "🟠" : "⚪";
		String place = (d.settlement() == null) ? "?" : d.settlement().name();
		String oblast = (d.oblast() == null) ? "" : d.oblast().name();
		return this.messages.text(Language.UK, "team.digest.line", urgency, request.number(), place, oblast,
				d.householdSize(), d.children());
	}

	/** «Беру»: a linked volunteer of the team claims it from the group. */
	private Keyboard button(EvacuationRequest request) {
		return (this.claims == null) ? Keyboard.NONE : this.claims.button(request.number());
	}

	String text(EvacuationRequest request) {
		RequestDetails d = request.details();
		String needs = d.needs().isEmpty() ? "—"
				: d.needs()
					.stream()
					.sorted()
					.map(n -> this.messages.text(Language.UK, "need." + n.name()))
					.collect(Collectors.joining(", "));
		String place = (d.settlement() == null) ? "?" : d.settlement().name();
		String oblast = (d.oblast() == null) ? "" : d.oblast().name();
		return this.messages.text(Language.UK, "team.new-request", request.number(), place, oblast, d.householdSize(),
				d.children(), needs);
	}

}
