package org.evac.bot.followup;

import java.time.Duration;

import org.evac.bot.conversation.ResidentErased;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.outbox.Keyboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.followup.FollowUpFixture.text;

/** Waiting requests are checked on: still needed? */
class CheckInsTest {

	private final FollowUpFixture evac = new FollowUpFixture();

	@AfterEach
	void close() {
		this.evac.close();
	}

	private String checkIn(Language language, EvacuationRequest request) {
		return text(language, "checkin.ask", request.number());
	}

	@Test
	void asksADayAfterFilingWithOneButtonPerAnswer() {
		EvacuationRequest request = this.evac.file(1L, Language.EN);
		this.evac.after(Duration.ofHours(23));
		assertThat(this.evac.textsTo(1L)).isEmpty();

		this.evac.after(Duration.ofHours(1));

		assertThat(this.evac.messagesTo(1L)).singleElement().satisfies(message -> {
			assertThat(message.message().text()).isEqualTo(checkIn(Language.EN, request));
			assertThat(((Keyboard.Inline) message.message().keyboard()).rows()).flatMap(row -> row)
				.extracting(Keyboard.InlineButton::data)
				.containsExactly("checkin|EV-1001:need", "checkin|EV-1001:left", "checkin|EV-1001:later",
						"checkin|EV-1001:cancel", "checkin|EV-1001:change");
		});
		assertThat(this.evac.reload(request).followUp().checkIns()).isEqualTo(1);
	}

	@Test
	void countsTheNextCheckInFromTheLastAnswer() {
		EvacuationRequest request = this.evac.file(2L, Language.UK);
		this.evac.after(Duration.ofDays(1));
		this.evac.clock.advance(Duration.ofHours(5));
		this.evac.change(request, r -> r.stillNeededByResident(this.evac.clock.instant()));

		this.evac.after(Duration.ofHours(23));
		assertThat(this.evac.textsTo(2L)).hasSize(1);
		this.evac.after(Duration.ofHours(1));
		assertThat(this.evac.textsTo(2L)).hasSize(2);
	}

	@Test
	void sendsOneCheckInAfterDowntimeNotOnePerDayMissed() {
		EvacuationRequest request = this.evac.file(3L, Language.UK);

		this.evac.after(Duration.ofDays(5));
		this.evac.tick();

		assertThat(this.evac.textsTo(3L)).containsExactly(checkIn(Language.UK, request));
		assertThat(this.evac.reload(request).followUp().missed()).isZero();
	}

	@Test
	void asksAPostponedRequestAgainAfterThreeDays() {
		EvacuationRequest request = this.evac.file(4L, Language.RU);
		this.evac.change(request, r -> r.deferredByResident(this.evac.clock.instant()));

		this.evac.after(Duration.ofDays(2));
		assertThat(this.evac.textsTo(4L)).isEmpty();
		this.evac.after(Duration.ofDays(1));

		assertThat(this.evac.textsTo(4L)).containsExactly(text(Language.RU, "checkin.ask-deferred", request.number()));
	}

	@Test
	void asksInTheLanguageTheResidentChoseLast() {
		this.evac.file(5L, Language.UK);
		this.evac.conversationAt(5L, "idle", Language.EN, Duration.ZERO);

		this.evac.after(Duration.ofDays(1));

		assertThat(this.evac.textsTo(5L)).containsExactly(text(Language.EN, "checkin.ask", "EV-1001"));
	}

	@Test
	void asksNothingOnceTheRequestIsClosed() {
		EvacuationRequest request = this.evac.file(6L, Language.UK);
		this.evac.change(request, r -> r.cancelByResident(this.evac.clock.instant()));

		this.evac.after(Duration.ofDays(2));

		assertThat(this.evac.textsTo(6L)).isEmpty();
	}

	@Test
	void aCheckInStoredBeforeTheRequestClosedIsDropped() {
		EvacuationRequest request = this.evac.file(7L, Language.UK);
		this.evac.clock.advance(Duration.ofDays(1));
		this.evac.reminders.plan(new Planned("checkin:" + request.id() + ":1", CheckIns.NAME, 7L, request.id(),
				this.evac.clock.instant()), this.evac.clock.instant(), this.evac.clock.instant());
		this.evac.change(request, r -> r.selfEvacuatedByResident(this.evac.clock.instant()));

		this.evac.tick();

		assertThat(this.evac.textsTo(7L)).isEmpty();
		assertThat(this.evac.reminders.count()).isZero();
	}

	@Test
	void asksNothingWhileAPickupIsScheduled() {
		EvacuationRequest request = this.evac.file(8L, Language.UK);
		this.evac.change(request,
				r -> r.schedulePickup(new Pickup(this.evac.clock.instant().plus(Duration.ofDays(10)), "School"),
						"volunteer", this.evac.clock.instant()));

		this.evac.after(Duration.ofDays(2));

		assertThat(this.evac.textsTo(8L)).isEmpty();
	}

	@Test
	void sendsNothingAfterTheResidentErasedTheirData() {
		EvacuationRequest request = this.evac.file(9L, Language.UK);
		this.evac.clock.advance(Duration.ofDays(1));
		this.evac.reminders.plan(new Planned("checkin:" + request.id() + ":1", CheckIns.NAME, 9L, request.id(),
				this.evac.clock.instant()), this.evac.clock.instant(), this.evac.clock.instant());

		this.evac.requests.eraseResident(9L);
		new ErasedResidents(this.evac.reminders).on(new ResidentErased(9L));
		assertThat(this.evac.reminders.count()).isZero();
		this.evac.after(Duration.ofDays(3));

		assertThat(this.evac.textsTo(9L)).isEmpty();
	}

	@Test
	void aCheckInDueAtNightWaitsForTheMorning() {
		try (FollowUpFixture quiet = new FollowUpFixture(FollowUpFixture.properties("22:00-07:00"))) {
			quiet.clock.set(java.time.Instant.parse("2026-11-22T21:00:00Z")); // 23:00 in
																				// Kyiv
			quiet.file(10L, Language.UK);

			quiet.after(Duration.ofDays(1));
			assertThat(quiet.textsTo(10L)).isEmpty();
			quiet.after(Duration.ofHours(8));

			assertThat(quiet.textsTo(10L)).hasSize(1);
		}
	}

}
