package org.evac.admin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs in HTTP Basic calls ahead of Spring's own filter: a credential verified lately
 * ({@link BasicCredentialCache}) goes through without bcrypt; any other is verified as
 * always, remembered when right and answered 401 when wrong. Spring's filter then finds
 * the call logged in and leaves it.
 */
class CachedBasicLogin extends OncePerRequestFilter {

	private final BasicCredentialCache cache;

	private final AuthenticationManager passwords;

	private final AuthenticationEntryPoint entryPoint;

	private final RequestAttributeSecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	CachedBasicLogin(BasicCredentialCache cache, AuthenticationManager passwords, AuthenticationEntryPoint entryPoint) {
		this.cache = cache;
		this.passwords = passwords;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String[]> credentials = credentials(request);
		if (credentials.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String username = credentials.get()[0];
		String password = credentials.get()[1];
		Optional<Collection<? extends GrantedAuthority>> known = this.cache.lookUp(username, password);
		Authentication login;
		if (known.isPresent()) {
			login = UsernamePasswordAuthenticationToken.authenticated(username, null, known.get());
		}
		else {
			try {
				login = this.passwords
					.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
			}
			catch (AuthenticationException ex) {
				SecurityContextHolder.clearContext();
				this.entryPoint.commence(request, response, ex);
				return;
			}
			this.cache.remember(username, password, login.getAuthorities());
			login = UsernamePasswordAuthenticationToken.authenticated(username, null, login.getAuthorities());
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(login);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

	/** Username and password of a well-formed Basic header; anything else is Spring's. */
	private static Optional<String[]> credentials(HttpServletRequest request) {
		if (!BasicClients.hasBasic(request)) {
			return Optional.empty();
		}
		try {
			String decoded = new String(
					Base64.getDecoder().decode(request.getHeader("Authorization").substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? Optional.empty()
					: Optional.of(new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) });
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
