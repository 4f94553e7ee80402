package org.evac.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.evac.domain.i18n.Language;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;

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

	/**
	 * Attaches what the resident wrote outside the questionnaire to their newest open
	 * request, for the volunteers to read; the same {@code updateId} again attaches
	 * nothing more.
	 * @return false when there is no open request to attach it to
	 */
	default boolean leaveMessage(long chatId, long updateId, String text) {
		return false;
	}

	/**
	 * A voice message, photo... sent after filing joins the thread of the latest open
	 * request; false when there is none.
	 */
	default boolean leaveMedia(long chatId, long updateId, Incoming.Media media) {
		return false;
	}

	/**
	 * The resident answered a check-in on one of their open requests; the status it has
	 * now, empty when the request is not theirs or no longer open.
	 */
	default Optional<RequestStatus> answerCheckIn(long chatId, String number, CheckInAnswer answer) {
		return Optional.empty();
	}

	/**
	 * The answers of an open request of this resident, to correct them; empty when there
	 * is none such.
	 */
	default Optional<RequestDetails> detailsToChange(long chatId, String number) {
		return Optional.empty();
	}

	/** Replaces the answers of an open request of this resident; false when none such. */
	default boolean amend(long chatId, String number, RequestDetails details) {
		return false;
	}

	/** What a resident can answer to a check-in, besides withdrawing the request. */
	enum CheckInAnswer {

		/** Still waiting to be evacuated; a postponed request comes back. */
		STILL_NEED,
		/** Left on their own: the request closes. */
		LEFT,
		/** Not now: postponed, asked again later. */
		NOT_NOW,
		/** About to correct the answers: answered, nothing else changes. */
		CHANGING

	}

	/**
	 * @param pickup when and where the crew comes, once scheduled (a run's); or null
	 */
	record RequestSummary(String number, RequestStatus status, Instant createdAt, Pickup pickup) {

		public RequestSummary(String number, RequestStatus status, Instant createdAt) {
			this(number, status, createdAt, null);
		}

		public boolean isOpen() {
			return this.status.isOpen();
		}

	}

}
