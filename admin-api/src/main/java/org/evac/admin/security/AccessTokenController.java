package org.evac.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/**
 * Personal access tokens: every account makes and revokes its own, on the page or with
 * the API; coordinators see everyone's and revoke any. The secret is in the answer to its
 * creation and nowhere else: not in a later answer, the audit or a log.
 */
@RestController
class AccessTokenController {

	private final AccessTokens tokens;

	private final AuditLog audit;

	private final ApiClientProperties properties;

	private final Clock clock;

	AccessTokenController(AccessTokens tokens, AuditLog audit, ApiClientProperties properties, Clock clock) {
		this.tokens = tokens;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/api/me/tokens")
	List<TokenView> mine(Authentication authentication) {
		return this.tokens.of(authentication.getName()).stream().map(this::view).toList();
	}

	/**
	 * A new token for the caller. Not with a token: a leaked token must not be able to
	 * outlive its own revocation by making others.
	 */
	@PostMapping("/api/me/tokens")
	ResponseEntity<NewTokenView> create(@Valid @RequestBody NewToken body, Authentication authentication) {
		if (authentication instanceof TokenAuthentication) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Make tokens with your password or on the page, not with a token");
		}
		Duration lifetime = (body.days() == null) ? this.properties.tokenLifetime() : Duration.ofDays(body.days());
		if (lifetime.compareTo(this.properties.tokenMaxLifetime()) > 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A token lasts " + this.properties.tokenMaxLifetime().toDays() + " days at most");
		}
		AccessTokens.Created created = this.tokens.create(authentication.getName(), body.name().strip(),
				this.clock.instant().plus(lifetime));
		this.audit.record(authentication.getName(), null, AuditAction.TOKEN_CREATED, "token " + created.token().id()
				+ " for " + authentication.getName() + ", expires " + created.token().expiresAt());
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new NewTokenView(view(created.token()), created.secret()));
	}

	@DeleteMapping("/api/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeMine(@PathVariable String id, Authentication authentication) {
		AccessToken token = this.tokens.byId(id)
			.filter(t -> t.username().equals(authentication.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no token " + id));
		revoke(token, authentication);
	}

	@GetMapping("/api/tokens")
	@PreAuthorize(COORDINATOR_ONLY)
	List<TokenView> all() {
		return this.tokens.all().stream().map(this::view).toList();
	}

	@DeleteMapping("/api/tokens/{id}")
	@PreAuthorize(COORDINATOR_ONLY)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeAny(@PathVariable String id, Authentication authentication) {
		revoke(this.tokens.byId(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No token " + id)), authentication);
	}

	private void revoke(AccessToken token, Authentication authentication) {
		if (token.revokedAt() != null) {
			return;
		}
		this.tokens.revoke(token.id(), authentication.getName());
		this.audit.record(authentication.getName(), null, AuditAction.TOKEN_REVOKED,
				"token " + token.id() + " of " + token.username());
	}

	private TokenView view(AccessToken token) {
		return new TokenView(token.id(), token.username(), token.name(), token.createdAt(), token.expiresAt(),
				token.revokedAt(), token.revokedBy(), token.usableAt(this.clock.instant()));
	}

	/** A token without its secret. */
	record TokenView(String id, String username, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
			String revokedBy, boolean usable) {
	}

	/** The one answer that holds the secret. */
	record NewTokenView(TokenView token, String secret) {

		@Override
		public String toString() {
			return "NewTokenView[" + this.token.id() + "]";
		}

	}

	/**
	 * @param days how long it lasts; the configured lifetime when absent
	 */
	record NewToken(@NotBlank @Size(max = 60) String name, @Min(1) @Max(3650) Integer days) {
	}

}
