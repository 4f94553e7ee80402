package org.evac.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.evac.domain.audit.AuditLog;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.Hotline;
import org.evac.domain.place.Nearby;
import org.evac.domain.place.Oblast;
import org.evac.domain.place.PlaceMatch;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.SaferTown;
import org.evac.domain.place.Settlement;
import org.evac.domain.request.Destination;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.domain.request.SpecialNeed;
import org.evac.domain.testing.TestDatabase;
import org.evac.outbox.EffectsRelay;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutboxListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buttons of the messages evac sends on its own, tapped at any point, through the
 * real desk on a real database: they change the request they name, and only that.
 */
class FollowUpButtonsTest {

	private static final Messages MESSAGES = new Messages();

	private static final long CHAT = 7L;

	private final TestDatabase database = new TestDatabase(Draft.STORAGE);

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

	private final Requests requests = new Requests(this.database.template(), this.clock);

	private final ConversationEngine engine = new ConversationEngine(MESSAGES, new NoPlaces(),
			new RequestsDesk(this.requests, effectsRelay(), event -> {
			}, this.clock));

	private final FollowUpPrompts prompts = new FollowUpPrompts(MESSAGES);

	private long updateId = 100;

	private EffectsRelay effectsRelay() {
		Outbox outbox = new Outbox(this.database.template(), this.clock,
				new StaticListableBeanFactory().getBeanProvider(OutboxListener.class), Duration.ofSeconds(30));
		return new EffectsRelay(this.requests, new AuditLog(this.database.template(), this.clock), outbox, this.clock,
				Duration.ofSeconds(30));
	}

	@AfterEach
	void close() {
		this.database.close();
	}

	private EvacuationRequest filed(long chatId) {
		RequestDetails details = new RequestDetails(new PlaceRef(null, "Бахмут"), null, "вул. Миру, 5",
				new GeoPoint(48.595, 38.0), "+380501234567", null, 3, 1, Set.of(SpecialNeed.ELDERLY),
				Destination.undecided(), true);
		return this.requests.file(chatId, chatId + "-1", Language.UK, details);
	}

	private static ConversationState idle() {
		return ConversationState.newcomer(Language.UK);
	}

	private static ConversationState atThePhoneQuestion() {
		return new ConversationState(Language.UK, Questionnaire.PHONE, Draft.empty(), "7-42", null);
	}

	private Outcome tap(ConversationState state, Reply message, String labelKey) {
		String label = text(labelKey);
		String data = ((Keyboard.Inline) message.keyboard()).rows()
			.stream()
			.flatMap(List::stream)
			.filter(b -> b.label().equals(label))
			.findFirst()
			.orElseThrow()
			.data();
		return tapData(state, data);
	}

	private Outcome tapData(ConversationState state, String data) {
		return this.engine.handle(state, new Turn(CHAT, ++this.updateId, new Incoming.ButtonPress(data, 55)));
	}

	private Reply checkIn(EvacuationRequest request) {
		return this.prompts.checkIn(Language.UK, request.number(), false);
	}

	private RequestStatus statusOf(EvacuationRequest request) {
		return this.requests.byId(request.id()).orElseThrow().status();
	}

	private static String text(String key, Object... args) {
		return MESSAGES.text(Language.UK, key, args);
	}

	@Test
	void continueResumesTheQuestionTheResidentWasAt() {
		Reply nudge = this.prompts.nudge(Language.UK, "7-42", false);

		Outcome outcome = tap(atThePhoneQuestion(), nudge, "reminder.continue");

		assertThat(outcome.state().step()).isEqualTo(Questionnaire.PHONE);
		assertThat(outcome.replies()).singleElement()
			.satisfies(reply -> assertThat(reply.text()).startsWith(text("start.resume")).contains(text("phone.ask")));
		assertThat(outcome.buttonNotice()).isNull();
	}

	@Test
	void continueOfAnEarlierDraftIsStaleAndAsksTheCurrentQuestion() {
		Reply nudge = this.prompts.nudge(Language.UK, "7-1", true);

		Outcome outcome = tap(atThePhoneQuestion(), nudge, "reminder.continue");

		assertThat(outcome.buttonNotice()).isEqualTo(text("button.stale"));
		assertThat(outcome.replies()).singleElement()
			.satisfies(reply -> assertThat(reply.text()).isEqualTo(text("phone.ask")));
		assertThat(tap(idle(), nudge, "reminder.continue").buttonNotice()).isEqualTo(text("button.stale"));
	}

	@Test
	void stillNeedKeepsTheRequestWaitingAndCountsAsAnAnswer() {
		EvacuationRequest request = filed(CHAT);
		this.requests.change(request.id(), r -> r.checkInSent(1, this.clock.instant()));
		this.requests.change(request.id(), r -> r.checkInSent(2, this.clock.instant()));

		Outcome outcome = tap(idle(), checkIn(request), "checkin.still-need");

		assertThat(outcome.replies()).extracting(Reply::text).containsExactly(text("checkin.noted", request.number()));
		EvacuationRequest stored = this.requests.byId(request.id()).orElseThrow();
		assertThat(stored.status()).isEqualTo(RequestStatus.NEW);
		assertThat(stored.followUp().missed()).isZero();
		assertThat(stored.followUp().answeredAt()).isEqualTo(this.clock.instant());
	}

	@Test
	void notNowPostponesAndStillNeedBringsItBack() {
		EvacuationRequest request = filed(CHAT);

		Outcome later = tap(idle(), checkIn(request), "checkin.not-now");
		assertThat(later.replies()).extracting(Reply::key).containsExactly("checkin.deferred");
		assertThat(statusOf(request)).isEqualTo(RequestStatus.DEFERRED);

		tap(idle(), this.prompts.checkIn(Language.UK, request.number(), true), "checkin.still-need");
		assertThat(statusOf(request)).isEqualTo(RequestStatus.NEW);
	}

	@Test
	void alreadyLeftClosesTheRequestAsSelfEvacuated() {
		EvacuationRequest request = filed(CHAT);

		Outcome outcome = tap(idle(), checkIn(request), "checkin.left");

		assertThat(outcome.replies()).extracting(Reply::text)
			.containsExactly(text("checkin.left-done", request.number()));
		assertThat(statusOf(request)).isEqualTo(RequestStatus.SELF_EVACUATED);
		assertThat(tap(idle(), checkIn(request), "checkin.still-need").replies()).extracting(Reply::text)
			.containsExactly(text("cancel.not-open", request.number()));
	}

	@Test
	void cancelAsksOnceMoreBeforeWithdrawing() {
		EvacuationRequest request = filed(CHAT);

		Outcome asked = tap(idle(), checkIn(request), "checkin.cancel");
		assertThat(asked.replies()).extracting(Reply::key).containsExactly("cancel.confirm");
		assertThat(statusOf(request)).isEqualTo(RequestStatus.NEW);

		Outcome withdrawn = tapData(asked.state(), "cancel|" + request.number());
		assertThat(withdrawn.replies()).extracting(Reply::key).containsExactly("cancel.done");
		assertThat(statusOf(request)).isEqualTo(RequestStatus.CANCELLED);
	}

	@Test
	void changeOpensTheSummaryAndConfirmingItUpdatesThatSameRequest() {
		EvacuationRequest request = filed(CHAT);

		Outcome summary = tap(idle(), checkIn(request), "checkin.change");
		assertThat(summary.state().step()).isEqualTo(Questionnaire.SUMMARY);
		assertThat(summary.replies()).singleElement()
			.satisfies(reply -> assertThat(reply.text()).startsWith(text("checkin.change-intro", request.number()))
				.contains("вул. Миру, 5")
				.contains("+380501234567"));

		Outcome address = tapData(summary.state(), "summary|edit:address");
		Outcome back = this.engine.handle(address.state(),
				new Turn(CHAT, ++this.updateId, new Incoming.Text("вул. Нова, 9")));
		assertThat(back.state().step()).isEqualTo(Questionnaire.SUMMARY);
		Outcome saved = tapData(back.state(), "summary|confirm");

		assertThat(saved.state().isIdle()).isTrue();
		assertThat(saved.replies()).extracting(Reply::key).containsExactly("amend.done");
		assertThat(this.requests.count()).isEqualTo(1);
		EvacuationRequest stored = this.requests.byId(request.id()).orElseThrow();
		assertThat(stored.details().address()).isEqualTo("вул. Нова, 9");
		assertThat(stored.details().phone()).isEqualTo("+380501234567");
		assertThat(stored.details().householdSize()).isEqualTo(3);
		assertThat(stored.status()).isEqualTo(RequestStatus.NEW);
	}

	@Test
	void cancelDuringACorrectionDropsTheCorrectionNotTheRequest() {
		EvacuationRequest request = filed(CHAT);
		Outcome summary = tap(idle(), checkIn(request), "checkin.change");
		Outcome address = tapData(summary.state(), "summary|edit:address");

		Outcome cancelled = this.engine.handle(address.state(),
				new Turn(CHAT, ++this.updateId, new Incoming.Command("cancel")));

		assertThat(cancelled.state().isIdle()).isTrue();
		assertThat(cancelled.replies()).extracting(Reply::text)
			.containsExactly(text("amend.dropped", request.number()));
		EvacuationRequest stored = this.requests.byId(request.id()).orElseThrow();
		assertThat(stored.status()).isEqualTo(RequestStatus.NEW);
		assertThat(stored.details().address()).isEqualTo("вул. Миру, 5");
	}

	@Test
	void anAnswerAboutSomeoneElsesRequestChangesNothing() {
		EvacuationRequest theirs = filed(8L);

		Outcome left = tap(idle(), checkIn(theirs), "checkin.left");
		Outcome change = tap(idle(), checkIn(theirs), "checkin.change");
		Outcome cancel = tap(idle(), checkIn(theirs), "checkin.cancel");

		assertThat(statusOf(theirs)).isEqualTo(RequestStatus.NEW);
		assertThat(List.of(left, change, cancel)).allSatisfy(outcome -> {
			assertThat(outcome.state().isIdle()).isTrue();
			assertThat(outcome.replies()).extracting(Reply::key).containsExactly("cancel.not-open");
		});
	}

	@Test
	void anAnswerInTheMiddleOfADraftComesBackToTheQuestion() {
		EvacuationRequest request = filed(CHAT);

		Outcome noted = tap(atThePhoneQuestion(), checkIn(request), "checkin.still-need");
		Outcome change = tap(atThePhoneQuestion(), checkIn(request), "checkin.change");

		assertThat(noted.state()).isEqualTo(atThePhoneQuestion());
		assertThat(noted.replies()).extracting(Reply::key).containsExactly("checkin.noted", "status.continue");
		assertThat(change.state()).isEqualTo(atThePhoneQuestion());
		assertThat(change.replies()).extracting(Reply::key).containsExactly("checkin.finish-first", "status.continue");
	}

	@Test
	void aForgedCheckInButtonIsStale() {
		assertThat(tapData(idle(), "checkin|EV-1001").buttonNotice()).isEqualTo(text("button.stale"));
		assertThat(tapData(idle(), "checkin|EV-1001:explode").buttonNotice()).isEqualTo(text("button.stale"));
	}

	@Test
	void keepsEveryFollowUpButtonWithinTelegramsLimits() {
		List<Reply> replies = List.of(this.prompts.nudge(Language.RU, "1234567890123-2147483647", false),
				this.prompts.nudge(Language.EN, "amend:EV-999999:2147483647", true),
				this.prompts.checkIn(Language.UK, "EV-999999", true));

		assertThat(replies).flatMap(reply -> ((Keyboard.Inline) reply.keyboard()).rows())
			.flatMap(row -> row)
			.allSatisfy(button -> assertThat(button.data().getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.hasSizeLessThanOrEqualTo(Buttons.MAX_LENGTH));
	}

	/** The follow-ups need no places: the draft's places are names already. */
	private static final class NoPlaces implements Directory {

		@Override
		public List<Oblast> oblasts() {
			return List.of();
		}

		@Override
		public Optional<Oblast> oblast(String code) {
			return Optional.empty();
		}

		@Override
		public List<Oblast> destinationsFrom(String ownOblast) {
			return List.of();
		}

		@Override
		public List<SaferTown> saferTowns(String oblastCode) {
			return List.of();
		}

		@Override
		public Optional<SaferTown> saferTown(String code) {
			return Optional.empty();
		}

		@Override
		public List<Hotline> hotlines(String oblastCode) {
			return List.of();
		}

		@Override
		public List<Settlement> settlementsNamed(String typed) {
			return List.of();
		}

		@Override
		public PlaceMatch matchSettlement(String typed) {
			return PlaceMatch.none();
		}

		@Override
		public boolean isOccupied(String settlementCode) {
			return false;
		}

		@Override
		public Optional<Settlement> settlement(String code) {
			return Optional.empty();
		}

		@Override
		public Optional<Nearby> nearestSettlement(GeoPoint point) {
			return Optional.empty();
		}

		@Override
		public Optional<Settlement> hromadaAround(GeoPoint point) {
			return Optional.empty();
		}

	}

}
