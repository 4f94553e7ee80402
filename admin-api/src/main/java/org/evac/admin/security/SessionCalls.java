package org.evac.admin.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The calls that need a CSRF token: every change except those of API clients using HTTP
 * Basic from outside a browser ({@link BasicClients}) or a personal access token (a
 * browser never sends one by itself), and those carrying no credentials at all (nothing a
 * foreign site could ride on: they are answered 401). So a change made with a session
 * cookie, or with Basic credentials a browser sends from another site, needs the token,
 * and the login form too.
 */
class SessionCalls implements RequestMatcher {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final BasicClients basicClients = new BasicClients();

	@Override
	public boolean matches(HttpServletRequest request) {
		if (SAFE.contains(request.getMethod()) || this.basicClients.matches(request)
				|| BearerTokenLogin.hasBearer(request)) {
			return false;
		}
		return "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))
				|| request.getRequestedSessionId() != null || request.getHeader("Authorization") != null;
	}

}
