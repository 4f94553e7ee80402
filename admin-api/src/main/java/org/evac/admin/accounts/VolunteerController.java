package org.evac.admin.accounts;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.evac.admin.security.AccountSessions;
import org.evac.admin.security.Actor;
import org.evac.admin.security.Me;
import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.team.Teams;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.access.prepost.PreAuthorize;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/** The accounts of volunteers and coordinators; managed by coordinators. */
@RestController
public class VolunteerController {

	/** The shortest password any account may have (the generated one is longer). */
	public static final int MIN_PASSWORD = 12;

	private final Accounts accounts;

	private final AuditLog audit;

	private final AccountSessions sessions;

	private final Teams teams;

	VolunteerController(Accounts accounts, AuditLog audit, AccountSessions sessions, Teams teams) {
		this.accounts = accounts;
		this.audit = audit;
		this.sessions = sessions;
		this.teams = teams;
	}

	/** Who is logged in (any role): the page asks this first. */
	@GetMapping("/api/me")
	Me me(Authentication authentication) {
		Actor actor = Actor.of(authentication);
		return new Me(actor.username(), actor.role(), this.sessions.passwordChangeDue(actor.username()),
				this.teams.ofMember(actor.username()).stream().map(t -> new Me.TeamRef(t.id(), t.name())).toList());
	}

	/**
	 * Any account changes its own password, giving the current one; its other sessions
	 * end, this one goes on.
	 */
	@PostMapping("/api/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody PasswordChange body, Authentication authentication,
			HttpServletRequest request) {
		String username = authentication.getName();
		Account account = this.accounts.byUsername(username)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No account " + username));
		if (!this.accounts.passwordMatches(account, body.current())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The current password is wrong");
		}
		if (body.current().equals(body.next())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The new password must differ from the current");
		}
		this.accounts.changePassword(username, body.next());
		this.sessions.keep(request, username);
		this.audit.record(username, null, AuditAction.PASSWORD_CHANGED, username);
	}

	@GetMapping("/api/volunteers")
	@PreAuthorize(COORDINATOR_ONLY)
	List<AccountView> all() {
		return this.accounts.all().stream().map(AccountView::of).toList();
	}

	@PostMapping("/api/volunteers")
	@PreAuthorize(COORDINATOR_ONLY)
	@ResponseStatus(HttpStatus.CREATED)
	AccountView create(@Valid @RequestBody NewAccount body, Authentication authentication) {
		if (body.role() == Role.ADMIN && !Actor.of(authentication).isAdmin()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an admin makes another admin");
		}
		if (this.accounts.byUsername(body.username()).isPresent()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "The username " + body.username() + " is taken");
		}
		Account created = this.accounts.create(body.username(),
				(body.displayName() == null || body.displayName().isBlank()) ? body.username() : body.displayName(),
				body.password(), body.role());
		this.audit.record(authentication.getName(), null, AuditAction.ACCOUNT_CREATED,
				body.username() + " as " + body.role());
		// in the team of whoever made the account, until an admin moves them
		this.teams.joinTeamsOf(authentication.getName(), body.username());
		return AccountView.of(created);
	}

	/**
	 * Disables the account: it can no longer log in, its sessions end, its history stays.
	 */
	@DeleteMapping("/api/volunteers/{username}")
	@PreAuthorize(COORDINATOR_ONLY)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disable(@PathVariable String username, Authentication authentication) {
		if (username.equals(authentication.getName())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "You cannot disable your own account");
		}
		this.accounts.disable(username)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No account " + username));
		this.sessions.changed(username);
		this.audit.record(authentication.getName(), null, AuditAction.ACCOUNT_DISABLED, username);
	}

	record NewAccount(
			@NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{2,40}",
					message = "must be 2 to 40 letters, digits, dots, dashes or underscores") String username,
			@Size(max = 80) String displayName,
			@NotNull @Size(min = MIN_PASSWORD, max = 200, message = "must have 12 to 200 characters") String password,
			@NotNull Role role) {
	}

	record PasswordChange(@NotNull String current,
			@NotNull @Size(min = MIN_PASSWORD, max = 200, message = "must have 12 to 200 characters") String next) {
	}

	record AccountView(String username, String displayName, Role role, boolean enabled, Instant createdAt) {

		static AccountView of(Account account) {
			return new AccountView(account.username(), account.displayName(), account.role(), account.enabled(),
					account.createdAt());
		}

	}

}
