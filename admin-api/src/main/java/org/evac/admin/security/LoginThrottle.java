package org.evac.admin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evac.admin.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down failed logins (the login form and HTTP Basic): an account tried from one
 * address, and an address over all accounts, wait longer after every failure beyond the
 * free ones, and get 429 with {@code Retry-After} meanwhile, even with the right
 * password: guessing stops paying. The owner logging in from elsewhere is not held up.
 */
class LoginThrottle extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** An address may fail this many times more than one account from it. */
	private static final int ADDRESS_ROOM = 10;

	private final LoginFailures failures;

	private final ClientAddress addresses;

	private final int maxFailures;

	LoginThrottle(LoginFailures failures, ClientAddress addresses, LoginThrottleProperties properties) {
		this.failures = failures;
		this.addresses = addresses;
		this.maxFailures = properties.maxFailures();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = attemptedUsername(request);
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		String address = this.addresses.of(request);
		String pairKey = "account:" + username.toLowerCase(Locale.ROOT) + "|address:" + address;
		String addressKey = "address:" + address;
		LoginFailures.Standing standing = this.failures.standing(pairKey, addressKey);
		Duration wait = standing.waitFor();
		if (!wait.isZero()) {
			long seconds = Math.max(1, wait.toSeconds() + 1);
			response.setHeader("Retry-After", Long.toString(seconds));
			Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed logins. Try again in " + seconds + " seconds.");
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			this.failures.failed(pairKey, this.maxFailures);
			this.failures.failed(addressKey, this.maxFailures * ADDRESS_ROOM);
			// never the username, the address or a password
			log.debug("A login failed");
		}
		else if (response.getStatus() < 400 && standing.pairFailed()) {
			this.failures.succeeded(pairKey);
		}
	}

	/** The username of a login attempt, or null when the request is no login. */
	private static String attemptedUsername(HttpServletRequest request) {
		if ("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			String username = request.getParameter("username");
			return (username == null) ? "" : username;
		}
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon < 0) ? decoded : decoded.substring(0, colon);
			}
			catch (IllegalArgumentException ex) {
				return "";
			}
		}
		return null;
	}

}
