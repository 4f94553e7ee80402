package org.evac.admin.teams;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.evac.domain.account.Accounts;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.team.Area;
import org.evac.domain.team.Team;
import org.evac.domain.team.TeamAssignment;
import org.evac.domain.team.Teams;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.evac.admin.security.Roles.ADMIN_ONLY;
import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/**
 * The teams, their areas, groups and members: admins manage them; coordinators read them
 * (to move a request to another team). Every change puts each request in the teams of its
 * place again, and is audited.
 */
@RestController
@RequestMapping("/api/teams")
class TeamController {

	private final Teams teams;

	private final TeamAssignment assignment;

	private final Accounts accounts;

	private final AuditLog audit;

	TeamController(Teams teams, TeamAssignment assignment, Accounts accounts, AuditLog audit) {
		this.teams = teams;
		this.assignment = assignment;
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize(COORDINATOR_ONLY)
	List<TeamView> all() {
		return this.teams.all().stream().map(TeamView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(COORDINATOR_ONLY)
	TeamView one(@PathVariable String id) {
		return TeamView.of(this.teams.byId(id).orElseThrow(() -> notFound(id)));
	}

	@PostMapping
	@PreAuthorize(ADMIN_ONLY)
	@ResponseStatus(HttpStatus.CREATED)
	TeamView create(@Valid @RequestBody TeamBody body, Authentication authentication) {
		check(body);
		Team created = this.teams.create(body.name().strip(), body.area(), body.chatId(), members(body));
		changed(authentication, created, "created");
		return TeamView.of(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize(ADMIN_ONLY)
	TeamView replace(@PathVariable String id, @Valid @RequestBody TeamBody body, Authentication authentication) {
		check(body);
		Team replaced = this.teams.replace(id, body.name().strip(), body.area(), body.chatId(), members(body))
			.orElseThrow(() -> notFound(id));
		changed(authentication, replaced, "changed");
		return TeamView.of(replaced);
	}

	/** Its members stay accounts; its requests go to the teams still covering them. */
	@DeleteMapping("/{id}")
	@PreAuthorize(ADMIN_ONLY)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id, Authentication authentication) {
		Team team = this.teams.byId(id).orElseThrow(() -> notFound(id));
		this.teams.delete(id);
		changed(authentication, team, "deleted");
	}

	private void changed(Authentication authentication, Team team, String how) {
		int moved = this.assignment.reassignAll();
		this.audit.record(authentication.getName(), null, AuditAction.TEAM_CHANGED,
				"team %s (%s) %s; %d requests changed teams".formatted(team.name(), team.id(), how, moved));
	}

	private void check(TeamBody body) {
		List<String> wrong = body.area().stream().filter(code -> !Area.valid(code)).toList();
		if (!wrong.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Not KATOTTG codes of oblasts, raions or hromadas (nor UA for the whole country): " + wrong);
		}
		List<String> unknown = members(body).stream().filter(u -> this.accounts.byUsername(u).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such accounts: " + unknown);
		}
	}

	private static List<String> members(TeamBody body) {
		return (body.members() == null) ? List.of() : body.members().stream().map(String::strip).distinct().toList();
	}

	private static ResponseStatusException notFound(String id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No team " + id);
	}

	/**
	 * @param area KATOTTG codes of oblasts, raions or hromadas; {@code UA} for the whole
	 * country
	 * @param chatId the team's Telegram group; none for the installation's volunteers'
	 * chat
	 * @param members usernames
	 */
	record TeamBody(@NotBlank @Size(max = 80) String name, @NotEmpty @Size(max = 500) List<String> area, Long chatId,
			@Size(max = 1000) List<String> members) {
	}

	record TeamView(String id, String name, List<String> area, Long chatId, List<String> members, Instant createdAt,
			Instant updatedAt) {

		static TeamView of(Team team) {
			return new TeamView(team.id(), team.name(), team.area(), team.chatId(), team.members(), team.createdAt(),
					team.updatedAt());
		}

	}

}
