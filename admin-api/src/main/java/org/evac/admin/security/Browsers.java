package org.evac.admin.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells a browser's request from a script's. Browsers send {@code Sec-Fetch-*} headers
 * (and {@code Origin} with changes); the page says {@code X-Requested-With}; a browser
 * opening a URL asks for HTML. A browser is never offered HTTP Basic: credentials it
 * remembered would go with every later request, from any site.
 */
final class Browsers {

	private Browsers() {
	}

	static boolean isBrowser(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
				|| request.getHeader("Sec-Fetch-Dest") != null || request.getHeader("Origin") != null
				|| "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
				|| (accept != null && accept.contains("text/html"));
	}

	/** A browser's request from a page of another site (or one that does not say). */
	static boolean isCrossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return !"same-origin".equals(site) && !"none".equals(site);
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		String host = request.getHeader("Host");
		return host == null || !(origin.endsWith("://" + host));
	}

}
