package org.evac.conversation;

import java.time.Instant;
import java.util.List;

import org.evac.i18n.Language;
import org.evac.request.RequestDetails;
import org.evac.request.RequestStatus;

/** What the conversation asks of the rest of evac on the resident's behalf. */
public interface ResidentDesk {

	/**
	 * Files the request; filing the same {@code filingKey} again returns the first
	 * number.
	 */
	String file(long chatId, String filingKey, Language language, RequestDetails details);

	/** The resident's requests, newest first. */
	List<RequestSummary> requestsOf(long chatId);

	/** Withdraws an open request of this resident; false when there is none such. */
	boolean cancel(long chatId, String number);

	/** Erases the personal data of all the resident's requests. */
	void eraseEverything(long chatId);

	record RequestSummary(String number, RequestStatus status, Instant createdAt) {

		public boolean isOpen() {
			return this.status.isOpen();
		}

	}

}
