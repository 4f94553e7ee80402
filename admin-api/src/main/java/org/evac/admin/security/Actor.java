package org.evac.admin.security;

import org.evac.domain.account.Role;

import org.springframework.security.core.Authentication;

/** Who is calling the admin API: the account and its role. */
public record Actor(String username, Role role) {

	public static Actor of(Authentication authentication) {
		boolean coordinator = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> ("ROLE_" + Role.COORDINATOR.name()).equals(a.getAuthority()));
		return new Actor(authentication.getName(), coordinator ? Role.COORDINATOR : Role.VOLUNTEER);
	}

	public boolean isCoordinator() {
		return this.role == Role.COORDINATOR;
	}

}
