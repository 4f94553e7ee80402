package org.evac.admin.requests;

import java.util.List;
import java.util.Optional;

import org.evac.admin.casework.Casework;
import org.evac.admin.security.Actor;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.Attachment;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.ThreadMessage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The queue and one request, for volunteers. Every read of personal fields is audited.
 */
@RestController
@RequestMapping("/api/requests")
class RequestController {

	private final RequestQueue queue;

	private final Casework casework;

	private final ReadAudit reads;

	private final SettlementRegister settlements;

	private final ThreadFiles files;

	RequestController(RequestQueue queue, Casework casework, ReadAudit reads, SettlementRegister settlements,
			ThreadFiles files) {
		this.queue = queue;
		this.casework = casework;
		this.reads = reads;
		this.settlements = settlements;
		this.files = files;
	}

	/**
	 * A voice message, photo, video note or document the resident sent, fetched from
	 * Telegram; for who may see the thread.
	 */
	@GetMapping("/{id}/thread/{messageId}/file")
	ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String messageId,
			Authentication authentication) {
		Actor actor = Actor.of(authentication);
		EvacuationRequest request = this.casework.find(id);
		if (!RequestView.personalFor(request, actor)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		Optional<Attachment> attachment = request.thread()
			.stream()
			.filter(m -> m.id().equals(messageId) && m.attachment() != null)
			.map(ThreadMessage::attachment)
			.findFirst();
		if (attachment.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		this.reads.read(actor.username(), request.id(), AuditAction.READ_REQUEST,
				"file of thread message " + messageId);
		return this.files.fetch(attachment.get().kind(), attachment.get().fileId())
			.map(f -> ResponseEntity.ok().contentType(f.type()).body(f.bytes()))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.BAD_GATEWAY).build());
	}

	/**
	 * The queue, most urgent first.
	 * @param status one or more statuses (default: the open ones)
	 * @param claimedBy {@code me}, {@code none} or an account
	 * @param q words in the number, settlement or oblast
	 */
	@GetMapping
	PageView<RequestView> list(@RequestParam(required = false) List<RequestStatus> status,
			@RequestParam(required = false) String oblast, @RequestParam(required = false) String settlement,
			@RequestParam(required = false) String claimedBy, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication authentication) {
		Actor actor = Actor.of(authentication);
		QueueFilter filter = new QueueFilter((status == null) ? List.of() : status, oblast, settlement, claimedBy, q,
				Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		RequestQueue.Result result = this.queue.page(filter, actor);
		List<RequestView> content = result.content()
			.stream()
			.map(r -> RequestView.of(r, RequestView.personalFor(r, actor), result.urgency(), this.settlements))
			.toList();
		List<String> personal = content.stream().filter(RequestView::personal).map(RequestView::number).toList();
		if (!personal.isEmpty()) {
			this.reads.read(actor.username(), null, AuditAction.LIST_REQUESTS,
					"personal fields of " + personal.size() + " requests: " + String.join(", ", personal));
		}
		return new PageView<>(content, result.total(), (int) ((result.total() + filter.size() - 1) / filter.size()),
				filter.page(), filter.size());
	}

	@GetMapping("/{id}")
	RequestDetailView one(@PathVariable String id, Authentication authentication) {
		Actor actor = Actor.of(authentication);
		EvacuationRequest request = this.casework.find(id);
		boolean personal = RequestView.personalFor(request, actor);
		this.reads.read(actor.username(), request.id(), AuditAction.READ_REQUEST,
				personal ? "personal fields, notes and thread" : "without personal fields");
		return RequestDetailView.of(request, personal, this.queue.urgency(), this.settlements);
	}

}
