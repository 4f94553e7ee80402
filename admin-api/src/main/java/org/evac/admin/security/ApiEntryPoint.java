package org.evac.admin.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evac.admin.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as a problem. API clients are asked for HTTP Basic; the page (which says
 * {@code X-Requested-With}) is not, so the browser shows our login form, not its own
 * dialog.
 */
class ApiEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"evac\"");
		}
		Problems.write(request, response, HttpStatus.UNAUTHORIZED, "Log in first");
	}

}
