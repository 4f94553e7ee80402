package org.evac.admin.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * API clients that log in with HTTP Basic on every call (scripts, curl). They carry no
 * session a foreign site could ride on, so they need no CSRF token. A browser request
 * from another site, which may carry Basic credentials the browser remembered, is not one
 * of them (see {@link Browsers#isCrossSite}): it needs the token like any page call.
 */
class BasicClients implements RequestMatcher {

	@Override
	public boolean matches(HttpServletRequest request) {
		return hasBasic(request) && !Browsers.isCrossSite(request);
	}

	static boolean hasBasic(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

}
