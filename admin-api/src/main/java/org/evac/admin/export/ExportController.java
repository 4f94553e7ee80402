package org.evac.admin.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.evac.admin.security.Actor;
import org.evac.admin.teams.TeamScope;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.access.prepost.PreAuthorize;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/**
 * The requests as CSV for coordinators and partner organisations: a header, an HXL
 * hashtag row, one row per request. Phones, addresses and locations only when asked for
 * with {@code personal=true}, and that export is audited as such.
 */
@RestController
class ExportController {

	private final MongoTemplate mongo;

	private final AuditLog audit;

	private final TeamScope teams;

	ExportController(MongoTemplate mongo, AuditLog audit, TeamScope teams) {
		this.mongo = mongo;
		this.audit = audit;
		this.teams = teams;
	}

	@GetMapping(path = "/api/export.csv", produces = "text/csv")
	@PreAuthorize(COORDINATOR_ONLY)
	void export(@RequestParam(required = false) List<RequestStatus> status,
			@RequestParam(defaultValue = "false") boolean personal, Authentication authentication,
			HttpServletResponse response) throws IOException {
		List<ExportColumn> columns = new ArrayList<>(ExportColumn.ANONYMOUS);
		if (personal) {
			columns.addAll(ExportColumn.PERSONAL);
		}
		Query query = (status == null || status.isEmpty()) ? new Query()
				: Query.query(Criteria.where("status").in(status));
		Criteria scope = this.teams.criteria(Actor.of(authentication));
		if (scope != null) {
			query.addCriteria(scope); // a coordinator exports their teams' requests
		}
		List<EvacuationRequest> requests = this.mongo.find(query.with(Sort.by("createdAt")), EvacuationRequest.class);
		this.audit.record(authentication.getName(), null, personal ? AuditAction.EXPORT_PERSONAL : AuditAction.EXPORT,
				requests.size() + " requests" + (personal ? " with phones, addresses and locations" : ""));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"evac-requests" + (personal ? "-personal" : "") + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write(Csv.line(columns.stream().map(ExportColumn::header).toList()));
		out.write(Csv.line(columns.stream().map(ExportColumn::hxl).toList()));
		for (EvacuationRequest request : requests) {
			out.write(Csv.line(columns.stream().map(c -> c.value().apply(request)).toList()));
		}
		out.flush();
	}

}
