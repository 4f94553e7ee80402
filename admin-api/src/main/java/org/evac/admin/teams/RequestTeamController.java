package org.evac.admin.teams;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Requests;
import org.evac.domain.team.Team;
import org.evac.domain.team.Teams;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/**
 * A coordinator moves a request to another team (the place is on a border, the other team
 * has a crew nearby): it stays there, whatever the areas say later. Audited.
 */
@RestController
class RequestTeamController {

	private final Requests requests;

	private final Teams teams;

	private final AuditLog audit;

	RequestTeamController(Requests requests, Teams teams, AuditLog audit) {
		this.requests = requests;
		this.teams = teams;
		this.audit = audit;
	}

	@PostMapping("/api/requests/{id}/team")
	@PreAuthorize(COORDINATOR_ONLY)
	Moved move(@PathVariable String id, @Valid @RequestBody MoveBody body, Authentication authentication) {
		Team target = this.teams.byId(body.team())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "No team " + body.team()));
		EvacuationRequest request = (id.matches("EV-\\d{1,9}") ? this.requests.byNumber(id) : this.requests.byId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No request " + id));
		List<String> from = Optional.ofNullable(request.teams()).orElse(List.of());
		EvacuationRequest moved = this.requests.change(request.id(), r -> r.moveToTeams(List.of(target.id())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No request " + id));
		this.audit.record(authentication.getName(), moved.id(), AuditAction.REQUEST_MOVED,
				"from teams " + from + " to " + target.name() + " (" + target.id() + ")");
		return new Moved(moved.number(), moved.teams());
	}

	record MoveBody(@NotBlank String team) {
	}

	record Moved(String number, List<String> teams) {
	}

}
