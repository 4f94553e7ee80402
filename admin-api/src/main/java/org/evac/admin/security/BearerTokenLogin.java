package org.evac.admin.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evac.admin.web.Problems;
import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs in a call that carries {@code Authorization: Bearer <token>}: one read of the
 * token by its hash and one of its account, no bcrypt. A token that is unknown, revoked,
 * expired, or whose account is disabled gets 401 at once, on every instance.
 */
class BearerTokenLogin extends OncePerRequestFilter {

	private final AccessTokens tokens;

	private final Accounts accounts;

	private final RequestAttributeSecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	BearerTokenLogin(AccessTokens tokens, Accounts accounts) {
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
			.flatMap(token -> this.accounts.byUsername(token.username())
				.filter(Account::enabled)
				.map(account -> new TokenAuthentication(account.username(), account.role(), token.id())));
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
