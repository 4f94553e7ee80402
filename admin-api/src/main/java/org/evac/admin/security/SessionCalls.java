package org.evac.admin.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The calls that need a CSRF token: changes made with a session cookie (the page), and
 * the login form itself. A call without a session has nothing a foreign site could ride
 * on: it is answered 401 when it has no credentials. API clients using HTTP Basic need no
 * token either ({@link BasicClients}).
 */
class SessionCalls implements RequestMatcher {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final BasicClients basicClients = new BasicClients();

	@Override
	public boolean matches(HttpServletRequest request) {
		if (SAFE.contains(request.getMethod()) || this.basicClients.matches(request)) {
			return false;
		}
		return "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))
				|| request.getRequestedSessionId() != null;
	}

}
