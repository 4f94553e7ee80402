package org.evac.conversation;

import java.util.List;

import org.evac.audit.AuditAction;
import org.evac.audit.AuditLog;
import org.evac.i18n.Language;
import org.evac.request.EvacuationRequest;
import org.evac.request.RequestDetails;
import org.evac.request.Requests;

/** The conversation's requests, in the database; erasures are audited. */
public class RequestsDesk implements ResidentDesk {

	private static final String RESIDENT = "resident";

	private final Requests requests;

	private final AuditLog audit;

	public RequestsDesk(Requests requests, AuditLog audit) {
		this.requests = requests;
		this.audit = audit;
	}

	@Override
	public String file(long chatId, String filingKey, Language language, RequestDetails details) {
		return this.requests.file(chatId, filingKey, language, details).number();
	}

	@Override
	public List<RequestSummary> requestsOf(long chatId) {
		return this.requests.ofChat(chatId)
			.stream()
			.map(r -> new RequestSummary(r.number(), r.status(), r.createdAt()))
			.toList();
	}

	@Override
	public boolean cancel(long chatId, String number) {
		return this.requests.cancelByResident(chatId, number).isPresent();
	}

	@Override
	public void eraseEverything(long chatId) {
		List<EvacuationRequest> erased = this.requests.eraseResident(chatId);
		erased.forEach(r -> this.audit.record(RESIDENT, r.id(), AuditAction.ERASED_BY_RESIDENT, "personal fields"));
	}

	@Override
	public boolean leaveMessage(long chatId, long updateId, String text) {
		return this.requests.messageFromResident(chatId, "u" + updateId, text).isPresent();
	}

}
