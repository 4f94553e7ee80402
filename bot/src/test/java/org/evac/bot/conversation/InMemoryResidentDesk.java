package org.evac.bot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evac.domain.i18n.Language;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;

/**
 * Files requests in a map keyed by the filing key, so filing the same key again returns
 * the same number (EV-1001, EV-1002...); remembers what was cancelled and erased.
 */
final class InMemoryResidentDesk implements ResidentDesk {

	private final Map<String, Filed> byFilingKey = new LinkedHashMap<>();

	private final List<String> cancelled = new ArrayList<>();

	private final List<Long> erased = new ArrayList<>();

	private Instant clock = Instant.parse("2025-03-01T08:00:00Z");

	record Filed(long chatId, String number, Language language, RequestDetails details, RequestStatus status,
			Instant createdAt) {

		Filed in(RequestStatus status) {
			return new Filed(this.chatId, this.number, this.language, this.details, status, this.createdAt);
		}

	}

	@Override
	public String file(long chatId, String filingKey, Language language, RequestDetails details) {
		return this.byFilingKey
			.computeIfAbsent(filingKey,
					key -> new Filed(chatId, "EV-" + (1001 + this.byFilingKey.size()), language, details,
							RequestStatus.NEW, this.clock = this.clock.plusSeconds(60)))
			.number();
	}

	@Override
	public List<RequestSummary> requestsOf(long chatId) {
		return this.byFilingKey.values()
			.stream()
			.filter(f -> f.chatId() == chatId)
			.sorted(Comparator.comparing(Filed::createdAt).reversed())
			.map(f -> new RequestSummary(f.number(), f.status(), f.createdAt()))
			.toList();
	}

	/** What residents wrote outside the questionnaire, as chat id and text. */
	final List<String> leftMessages = new ArrayList<>();

	final List<Incoming.Media> leftMedia = new ArrayList<>();

	@Override
	public boolean leaveMedia(long chatId, long updateId, Incoming.Media media) {
		boolean open = requestsOf(chatId).stream().anyMatch(RequestSummary::isOpen);
		if (open) {
			this.leftMedia.add(media);
		}
		return open;
	}

	@Override
	public boolean leaveMessage(long chatId, long updateId, String text) {
		boolean open = requestsOf(chatId).stream().anyMatch(RequestSummary::isOpen);
		if (open) {
			this.leftMessages.add(chatId + ": " + text);
		}
		return open;
	}

	@Override
	public boolean cancel(long chatId, String number) {
		for (Map.Entry<String, Filed> entry : this.byFilingKey.entrySet()) {
			Filed f = entry.getValue();
			if (f.chatId() == chatId && f.number().equals(number) && f.status().isOpen()) {
				entry.setValue(f.in(RequestStatus.CANCELLED));
				this.cancelled.add(number);
				return true;
			}
		}
		return false;
	}

	@Override
	public void eraseEverything(long chatId) {
		this.erased.add(chatId);
		this.byFilingKey.replaceAll((key, f) -> (f.chatId() != chatId) ? f
				: new Filed(chatId, f.number(), f.language(), f.details().withoutPersonalData(),
						f.status().isOpen() ? RequestStatus.CANCELLED : f.status(), f.createdAt()));
	}

	@Override
	public Optional<RequestStatus> answerCheckIn(long chatId, String number, CheckInAnswer answer) {
		Optional<Filed> open = ownOpen(chatId, number);
		open.ifPresent(f -> changeStatus(number, switch (answer) {
			case STILL_NEED -> (f.status() == RequestStatus.DEFERRED) ? RequestStatus.NEW : f.status();
			case LEFT -> RequestStatus.SELF_EVACUATED;
			case NOT_NOW -> RequestStatus.DEFERRED;
			case CHANGING -> f.status();
		}));
		return open.flatMap(f -> byNumber(number)).map(Filed::status);
	}

	@Override
	public Optional<RequestDetails> detailsToChange(long chatId, String number) {
		return ownOpen(chatId, number).map(Filed::details);
	}

	@Override
	public boolean amend(long chatId, String number, RequestDetails details) {
		Optional<Filed> open = ownOpen(chatId, number);
		open.ifPresent(f -> this.byFilingKey.replaceAll((key, other) -> other.number().equals(number)
				? new Filed(f.chatId(), f.number(), f.language(), details, f.status(), f.createdAt()) : other));
		return open.isPresent();
	}

	private Optional<Filed> ownOpen(long chatId, String number) {
		return byNumber(number).filter(f -> f.chatId() == chatId && f.status().isOpen());
	}

	private Optional<Filed> byNumber(String number) {
		return this.byFilingKey.values().stream().filter(f -> f.number().equals(number)).findFirst();
	}

	/** A volunteer moved the request on. */
	void changeStatus(String number, RequestStatus status) {
		this.byFilingKey.replaceAll((key, f) -> f.number().equals(number) ? f.in(status) : f);
	}

	List<Filed> filed() {
		return List.copyOf(this.byFilingKey.values());
	}

	Filed onlyRequest() {
		if (this.byFilingKey.size() != 1) {
			throw new AssertionError("Expected one filed request, found " + this.byFilingKey.values());
		}
		return this.byFilingKey.values().iterator().next();
	}

	List<String> cancelled() {
		return List.copyOf(this.cancelled);
	}

	List<Long> erased() {
		return List.copyOf(this.erased);
	}

}
