package org.evac.admin.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evac.admin.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as a problem. Scripts are asked for HTTP Basic; browsers never are (see
 * {@link Browsers}): a browser would remember the credentials and send them with every
 * later call, from any site. The page logs in with its form.
 */
class ApiEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (!Browsers.isBrowser(request)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"evac\"");
		}
		Problems.write(request, response, HttpStatus.UNAUTHORIZED, "Log in first");
	}

}
