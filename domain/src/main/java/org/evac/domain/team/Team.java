package org.evac.domain.team;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A team of volunteers and coordinators who work one area: they see only the requests
 * whose place lies in it.
 *
 * @param area KATOTTG codes of oblasts, raions or hromadas ({@link Area}); {@code UA} for
 * the whole country
 * @param chatId the team's Telegram group, where its new requests are announced; null for
 * the installation's volunteers' chat ({@code evac.volunteer-chat.chat-id})
 * @param members usernames of the accounts in the team
 */
@Document("teams")
public record Team(@Id String id, String name, List<String> area, Long chatId, @Indexed List<String> members,
		Instant createdAt, Instant updatedAt) {

	public Team {
		area = (area == null) ? List.of() : List.copyOf(area);
		members = (members == null) ? List.of() : List.copyOf(members);
	}

	/** True when the place ({@link Area#contains}) lies in this team's area. */
	public boolean covers(String placeCode) {
		return this.area.stream().anyMatch(code -> Area.contains(code, placeCode));
	}

	public boolean coversTheWholeCountry() {
		return this.area.contains(Area.WHOLE_COUNTRY);
	}

}
