package org.evac.admin.security;

import org.evac.domain.account.Role;

import org.springframework.security.core.Authentication;

/** Who is calling the admin API: the account and its role. */
public record Actor(String username, Role role) {

	public static Actor of(Authentication authentication) {
		return new Actor(authentication.getName(), has(authentication, Role.ADMIN) ? Role.ADMIN
				: has(authentication, Role.COORDINATOR) ? Role.COORDINATOR : Role.VOLUNTEER);
	}

	private static boolean has(Authentication authentication, Role role) {
		return authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
	}

	/** Coordinators, and admins, who may do all a coordinator may. */
	public boolean isCoordinator() {
		return this.role == Role.COORDINATOR || this.role == Role.ADMIN;
	}

	/** Admins manage teams and see every team's requests. */
	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

}
