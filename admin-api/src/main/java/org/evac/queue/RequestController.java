package org.evac.queue;

import java.security.Principal;

import org.evac.audit.AuditAction;
import org.evac.audit.AuditLog;
import org.evac.request.Requests;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The requests, for volunteers. Every read of personal fields is audited. */
@RestController
@RequestMapping("/api/requests")
class RequestController {

	private final Requests requests;

	private final RequestQueue queue;

	private final AuditLog audit;

	RequestController(Requests requests, RequestQueue queue, AuditLog audit) {
		this.requests = requests;
		this.queue = queue;
		this.audit = audit;
	}

	@GetMapping
	PageView<RequestView> list(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Principal principal) {
		PageView<RequestView> result = PageView.of(this.queue.page(status, page, Math.min(Math.max(size, 1), 200)),
				RequestView::of);
		this.audit.record(principal.getName(), null, AuditAction.LIST_REQUESTS,
				"page " + page + ", " + result.content().size() + " requests");
		return result;
	}

	@GetMapping("/{id}")
	RequestView one(@PathVariable String id, Principal principal) {
		RequestView view = this.requests.byId(id)
			.map(RequestView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No request " + id));
		this.audit.record(principal.getName(), id, AuditAction.READ_REQUEST, "personal fields");
		return view;
	}

}
