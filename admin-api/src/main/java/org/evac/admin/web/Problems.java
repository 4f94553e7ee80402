package org.evac.admin.web;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Writes an RFC 9457 problem ({@code application/problem+json}) from places that run
 * before Spring MVC: security, throttling, body limits.
 */
public final class Problems {

	private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

	private Problems() {
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// written, not closed: the answer leaves when the filters are done, so that a
		// failed
		// login is counted (LoginThrottle) before the client can try again
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

}
