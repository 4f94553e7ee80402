package org.evac.admin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
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
 * Counts failed logins (the login form and HTTP Basic) per account and per address. When
 * one of them has used up its failures, every login attempt for it gets 429 with
 * {@code Retry-After} until the window ends, even with the right password: guessing stops
 * paying.
 */
class LoginThrottle extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private static final int FORGET_ABOVE = 10_000;

	private final LoginThrottleProperties properties;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	LoginThrottle(LoginThrottleProperties properties) {
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = attemptedUsername(request);
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		String accountKey = "account:" + username.toLowerCase(Locale.ROOT);
		String addressKey = "address:" + request.getRemoteAddr();
		long wait = Math.max(waitNanos(accountKey), waitNanos(addressKey));
		if (wait > 0) {
			long seconds = Math.max(1, Duration.ofNanos(wait).toSeconds() + 1);
			response.setHeader("Retry-After", Long.toString(seconds));
			Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed logins. Try again in " + seconds + " seconds.");
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			failed(accountKey);
			failed(addressKey);
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

	private long waitNanos(String key) {
		Bucket bucket = this.buckets.get(key);
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return 0;
		}
		return bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
	}

	private void failed(String key) {
		if (this.buckets.size() > FORGET_ABOVE) {
			forgetQuietOnes();
		}
		Bucket bucket = this.buckets.computeIfAbsent(key, k -> newBucket());
		bucket.tryConsume(1);
		if (bucket.getAvailableTokens() == 0) {
			// the key names an account or an address, never a password
			log.warn("Logins locked for a while after {} failures: {}", this.properties.maxFailures(),
					key.startsWith("account:") ? "an account" : "an address");
		}
	}

	private Bucket newBucket() {
		int max = this.properties.maxFailures();
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(max).refillIntervally(max, this.properties.window()))
			.build();
	}

	/** Keeps the map small under a flood of made-up usernames. */
	private void forgetQuietOnes() {
		this.buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= this.properties.maxFailures());
	}

}
