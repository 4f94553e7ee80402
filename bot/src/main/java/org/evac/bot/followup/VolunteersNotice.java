package org.evac.bot.followup;

import java.util.List;
import java.util.stream.Collectors;

import org.evac.bot.volunteerchat.TeamChats;
import org.evac.bot.volunteerchat.VolunteerChatProperties;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.outbox.Keyboard;
import org.evac.outbox.OutgoingMessage;

/**
 * A notice to the request's teams' groups ({@link TeamChats}) about a request that needs
 * a person: its number and what kind of household it is, never a name, an address or a
 * phone.
 */
final class VolunteersNotice {

	/** Volunteers read Ukrainian. */
	private static final Language VOLUNTEERS = Language.UK;

	private final VolunteerChatProperties volunteers;

	private final Messages messages;

	/** The request's teams' groups; null: the installation's chat only. */
	private final TeamChats chats;

	VolunteersNotice(VolunteerChatProperties volunteers, Messages messages, TeamChats chats) {
		this.volunteers = volunteers;
		this.messages = messages;
		this.chats = chats;
	}

	/** The notice {@code key} with these arguments and the household's details last. */
	List<OutgoingMessage> about(EvacuationRequest request, String key, Object... args) {
		List<Long> to = (this.chats != null) ? this.chats.of(request)
				: this.volunteers.enabled() ? List.of(this.volunteers.chatId()) : List.of();
		if (to.isEmpty()) {
			return List.of();
		}
		Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = details(request);
		String text = text(key, all);
		return to.stream().map(chat -> OutgoingMessage.send(chat, text, Keyboard.NONE, "volunteer")).toList();
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
