package org.evac.admin.runs;

import java.util.HashMap;
import java.util.Map;

import org.evac.admin.security.Actor;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Requests;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The driver's run sheet, as a printable page and as a PDF of the same page. It shows
 * addresses and phones: only the run's volunteer and coordinators open it (others 403),
 * and every opening is audited on each household's request.
 */
@RestController
@RequestMapping("/api/runs/{id}")
class RunSheetController {

	private final RunPlanner planner;

	private final Requests requests;

	private final RunSheet sheet;

	private final AuditLog audit;

	RunSheetController(RunPlanner planner, Requests requests, RunSheet sheet, AuditLog audit) {
		this.planner = planner;
		this.requests = requests;
		this.sheet = sheet;
		this.audit = audit;
	}

	@GetMapping("/sheet")
	@PreAuthorize(RunController.LOGGED_IN)
	ResponseEntity<String> page(@PathVariable String id, Authentication authentication) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(html(id, Actor.of(authentication), "page"));
	}

	@GetMapping("/sheet.pdf")
	@PreAuthorize(RunController.LOGGED_IN)
	ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication authentication) {
		byte[] pdf = this.sheet.pdf(html(id, Actor.of(authentication), "PDF"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"run-" + id + ".pdf\"")
			.body(pdf);
	}

	private String html(String id, Actor actor, String form) {
		Run run = this.planner.led(id, actor);
		Map<String, EvacuationRequest> read = new HashMap<>();
		for (RunStop stop : run.stops()) {
			this.requests.byId(stop.requestId()).ifPresent(r -> read.put(r.id(), r));
			this.audit.record(actor.username(), stop.requestId(), AuditAction.READ_REQUEST,
					"run sheet (" + form + ") of run " + id + ": address, phones, needs");
		}
		return this.sheet.html(run, read);
	}

}
