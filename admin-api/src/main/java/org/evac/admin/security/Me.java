package org.evac.admin.security;

import java.util.List;

import org.evac.domain.account.Role;

/**
 * The logged-in account, as the page needs it.
 *
 * @param mustChangePassword the page shows only the password form until it is changed
 * @param teams the teams the account belongs to: it sees their requests (admins see all)
 */
public record Me(String username, Role role, boolean mustChangePassword, List<TeamRef> teams) {

	public Me(String username, Role role, boolean mustChangePassword) {
		this(username, role, mustChangePassword, List.of());
	}

	/** A team, by id and name. */
	public record TeamRef(String id, String name) {
	}

}
