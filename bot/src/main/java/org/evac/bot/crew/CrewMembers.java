package org.evac.bot.crew;

import java.util.List;
import java.util.Optional;

import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;
import org.evac.domain.crew.TelegramLinks;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.team.Team;
import org.evac.domain.team.Teams;

/**
 * Who a Telegram user is to evac: the enabled account linked to them, or nobody. A
 * disabled or unlinked account speaks for nobody, whatever button it taps.
 */
public class CrewMembers {

	private final TelegramLinks links;

	private final Accounts accounts;

	private final Teams teams;

	public CrewMembers(TelegramLinks links, Accounts accounts, Teams teams) {
		this.links = links;
		this.accounts = accounts;
		this.teams = teams;
	}

	/** The enabled account linked to this Telegram user. */
	public Optional<Account> of(long telegramUserId) {
		return this.links.ofTelegramUser(telegramUserId)
			.flatMap(link -> this.accounts.byUsername(link.username()))
			.filter(Account::enabled);
	}

	/** The private chat of the account's Telegram user (its id), when linked. */
	public Optional<Long> chatOf(String username) {
		return this.links.of(username).map(link -> link.telegramUserId());
	}

	/** The same rule as the API: admins everywhere, everyone else in their teams. */
	public boolean ofItsTeam(Account account, EvacuationRequest request) {
		if (account.role() == Role.ADMIN) {
			return true;
		}
		List<String> theirs = this.teams.ofMember(account.username()).stream().map(Team::id).toList();
		return request.teams() != null && request.teams().stream().anyMatch(theirs::contains);
	}

}
