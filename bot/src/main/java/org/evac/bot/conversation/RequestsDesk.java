package org.evac.bot.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.evac.domain.i18n.Language;
import org.evac.domain.request.Attachment;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.outbox.EffectsRelay;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The conversation's requests, in the database; erasures are audited, the record stored
 * with the erasure and written out by the {@link EffectsRelay}.
 */
public class RequestsDesk implements ResidentDesk {

	private final Requests requests;

	private final EffectsRelay effects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Tells {@code events} when a resident erased their data ({@link ResidentErased}).
	 */
	public RequestsDesk(Requests requests, EffectsRelay effects, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.effects = effects;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String file(long chatId, String filingKey, Language language, RequestDetails details) {
		return this.requests.file(chatId, filingKey, language, details).number();
	}

	@Override
	public List<RequestSummary> requestsOf(long chatId) {
		return this.requests.ofChat(chatId)
			.stream()
			.map(r -> new RequestSummary(r.number(), r.status(), r.createdAt(), r.pickup()))
			.toList();
	}

	@Override
	public boolean cancel(long chatId, String number) {
		return this.requests.cancelByResident(chatId, number).isPresent();
	}

	@Override
	public void eraseEverything(long chatId) {
		List<EvacuationRequest> erased = this.requests.eraseResident(chatId);
		erased.forEach(this.effects::relay);
		this.events.publishEvent(new ResidentErased(chatId));
	}

	@Override
	public Optional<RequestStatus> answerCheckIn(long chatId, String number, CheckInAnswer answer) {
		return changeOpen(chatId, number, request -> {
			switch (answer) {
				case STILL_NEED -> request.stillNeededByResident(this.clock.instant());
				case LEFT -> request.selfEvacuatedByResident(this.clock.instant());
				case NOT_NOW -> request.deferredByResident(this.clock.instant());
				case CHANGING -> request.checkInAnswered(this.clock.instant());
			}
		}).map(EvacuationRequest::status);
	}

	@Override
	public Optional<RequestDetails> detailsToChange(long chatId, String number) {
		return ownOpen(chatId, number).map(EvacuationRequest::details);
	}

	@Override
	public boolean amend(long chatId, String number, RequestDetails details) {
		try {
			// through Requests, which has the request follow its place to its teams
			return ownOpen(chatId, number).flatMap(r -> this.requests.amendByResident(r.id(), details)).isPresent();
		}
		catch (IllegalStateException closed) {
			return false;
		}
	}

	private Optional<EvacuationRequest> ownOpen(long chatId, String number) {
		return this.requests.byNumber(number).filter(r -> r.chatId() == chatId && r.status().isOpen());
	}

	/** Empty when not theirs, or closed by someone meanwhile (the change refuses). */
	private Optional<EvacuationRequest> changeOpen(long chatId, String number, Consumer<EvacuationRequest> change) {
		try {
			return ownOpen(chatId, number).flatMap(r -> this.requests.change(r.id(), change));
		}
		catch (IllegalStateException closed) {
			return Optional.empty();
		}
	}

	@Override
	public boolean leaveMessage(long chatId, long updateId, String text) {
		return this.requests.messageFromResident(chatId, "u" + updateId, text).isPresent();
	}

	@Override
	public boolean leaveMedia(long chatId, long updateId, Incoming.Media media) {
		String caption = (media.caption() == null) ? "" : FreeText.clean(media.caption());
		return this.requests
			.messageFromResident(chatId, "u" + updateId, caption, new Attachment(media.kind(), media.fileId()))
			.isPresent();
	}

}
