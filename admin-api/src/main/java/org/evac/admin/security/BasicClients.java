package org.evac.admin.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * API clients that log in with HTTP Basic on every call (scripts, curl, Swagger UI). They
 * carry no session a foreign site could ride on, so they need no CSRF token. A browser
 * request from another site (which may carry Basic credentials the browser remembered) is
 * not one of them: browsers mark it {@code Sec-Fetch-Site: cross-site}.
 */
class BasicClients implements RequestMatcher {

	@Override
	public boolean matches(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		String site = request.getHeader("Sec-Fetch-Site");
		return site == null || "same-origin".equals(site) || "none".equals(site);
	}

}
