package org.evac.admin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes sure the page has its CSRF token cookie ({@code XSRF-TOKEN}) from its first
 * request on; the page sends it back as {@code X-XSRF-TOKEN} with every change.
 */
class CsrfCookie extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token != null && request.getHeader("Authorization") == null) {
			token.getToken(); // loads the deferred token, which writes the cookie
		}
		chain.doFilter(request, response);
	}

}
