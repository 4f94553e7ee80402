package org.evac.admin.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evac.admin.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs in a call that carries {@code Authorization: Bearer <token>}: the token by its
 * hash and its account, each as this instance read it within the sessions' recheck time
 * ({@link AccessTokens}, {@link AccountSessions}), no bcrypt. A token that is unknown,
 * revoked, expired, or whose account is disabled gets 401: at once on the instance that
 * revoked or disabled it, within the recheck time on the others.
 */
class BearerTokenLogin extends OncePerRequestFilter {

	private final AccessTokens tokens;

	private final AccountSessions accounts;

	private final RequestAttributeSecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	BearerTokenLogin(AccessTokens tokens, AccountSessions accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader("Authorization").substring(7).trim();
		Optional<TokenAuthentication> login = this.tokens.usable(secret)
			.flatMap(token -> this.accounts.enabledRole(token.username())
				.map(role -> new TokenAuthentication(token.username(), role, token.id())));
		if (login.isEmpty()) {
			SecurityContextHolder.clearContext();
			response.setHeader("WWW-Authenticate", "Bearer realm=\"evac\", error=\"invalid_token\"");
			Problems.write(request, response, HttpStatus.UNAUTHORIZED,
					"The token is unknown, revoked or expired, or its account is disabled");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(login.get());
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

}
