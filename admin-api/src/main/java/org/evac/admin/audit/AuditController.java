package org.evac.admin.audit;

import java.util.List;

import org.evac.domain.audit.AuditEntry;
import org.evac.domain.audit.AuditLog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.access.prepost.PreAuthorize;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/** The audit trail, for coordinators: who read or changed what, and when. */
@RestController
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * Newest first.
	 * @param request a request's id
	 * @param account an account's username
	 */
	@GetMapping("/api/audit")
	@PreAuthorize(COORDINATOR_ONLY)
	List<AuditEntry> entries(@RequestParam(required = false) String request,
			@RequestParam(required = false) String account, @RequestParam(defaultValue = "200") int limit) {
		return this.audit.find(blankToNull(request), blankToNull(account), Math.min(Math.max(limit, 1), 1000));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
