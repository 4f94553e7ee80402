package org.evac.admin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evac.admin.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password was generated (and so went through a console and its logs)
 * may do nothing but say who it is and change that password.
 */
class PasswordChangeFirst extends OncePerRequestFilter {

	private final AccountSessions sessions;

	PasswordChangeFirst(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken) && !allowed(request)
				&& this.sessions.passwordChangeDue(authentication.getName())) {
			Problems.write(request, response, HttpStatus.FORBIDDEN,
					"Change the generated password first: POST /api/me/password");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") || path.equals("/api/me") || path.equals("/api/me/password");
	}

}
