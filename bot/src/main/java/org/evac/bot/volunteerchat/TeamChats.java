package org.evac.bot.volunteerchat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.team.Team;
import org.evac.domain.team.Teams;

/**
 * Where news of a request goes: to the group of each of its teams (a team without a group
 * of its own uses the installation's volunteers' chat); a request no team covers goes to
 * the installation's chat, where the admins see it. Nobody else's group hears of it.
 */
public class TeamChats {

	private final VolunteerChatProperties installation;

	private final Teams teams;

	public TeamChats(VolunteerChatProperties installation, Teams teams) {
		this.installation = installation;
		this.teams = teams;
	}

	public List<Long> of(EvacuationRequest request) {
		Set<Long> chats = new LinkedHashSet<>();
		List<String> ids = (request.teams() == null) ? List.of() : request.teams();
		for (String id : ids) {
			Long chat = this.teams.byId(id).map(Team::chatId).orElse(null);
			add(chats, (chat != null && chat != 0) ? chat : this.installation.chatId());
		}
		if (chats.isEmpty() && ids.isEmpty()) {
			add(chats, this.installation.chatId());
		}
		return new ArrayList<>(chats);
	}

	private static void add(Set<Long> chats, Long chat) {
		if (chat != null && chat != 0) {
			chats.add(chat);
		}
	}

}
