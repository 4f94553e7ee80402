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

	private final VolunteerChatProperties properties;

	private final Requests requests;

	private final Outbox outbox;

	private final Messages messages;

	private final TeamChats chats;

	/** The claim button under each announcement; null: none. */
	private final CrewClaims claims;

	public VolunteerChat(VolunteerChatProperties properties, Requests requests, Outbox outbox, Messages messages,
			TeamChats chats, CrewClaims claims) {
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
		// the key makes a second announcement of the same request a no-op
		this.outbox.enqueue("team-new:" + request.number(),
				chats.stream().map(chat -> OutgoingMessage.send(chat, text, button(request), "volunteer")).toList());
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
