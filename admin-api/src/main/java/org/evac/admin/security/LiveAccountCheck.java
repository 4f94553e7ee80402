package org.evac.admin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.evac.admin.security.AccountSessions.SessionOwner;
import org.evac.admin.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session at its next call once its account was disabled or changed: the page
 * refreshes every 20 seconds, so a session would otherwise never idle out.
 */
class LiveAccountCheck extends OncePerRequestFilter {

	static final String OWNER = LiveAccountCheck.class.getName() + ".owner";

	private final AccountSessions sessions;

	LiveAccountCheck(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && !isLogin(request) && session.getAttribute(OWNER) instanceof SessionOwner owner
				&& !this.sessions.stillValid(owner)) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			Problems.write(request, response, HttpStatus.UNAUTHORIZED, "Your session has ended: log in again");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Logging in again is how an ended session starts over. */
	private static boolean isLogin(HttpServletRequest request) {
		return "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

}
