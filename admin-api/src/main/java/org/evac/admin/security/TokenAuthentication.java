package org.evac.admin.security;

import java.util.List;

import org.evac.domain.account.Role;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A call made with a personal access token: the account it belongs to, with the role the
 * account has now. Carries the token's id, never its secret.
 */
public final class TokenAuthentication extends AbstractAuthenticationToken {

	private final String username;

	private final String tokenId;

	TokenAuthentication(String username, Role role, String tokenId) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
		this.username = username;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.username;
	}

	public String tokenId() {
		return this.tokenId;
	}

}
