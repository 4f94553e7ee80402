package org.evac.bot.followup;

import java.time.Duration;

import org.evac.bot.volunteerchat.VolunteerChatProperties;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.followup.FollowUpFixture.VOLUNTEERS;

/** Requests that need a person are raised once, and volunteers hear of them. */
class EscalationsTest {

	private final FollowUpFixture evac = new FollowUpFixture();

	/** Where nobody minds that a request is not taken for a year: silence alone. */
	private final FollowUpFixture patient = new FollowUpFixture(FollowUpFixture.properties("", Duration.ofDays(365)));

	@AfterEach
	void close() {
		this.evac.close();
		this.patient.close();
	}

	@Test
	void twoUnansweredCheckInsRaiseTheRequestOnceAndTellVolunteersNothingPersonal() {
		EvacuationRequest request = this.patient.file(1L, Language.UK);
		int before = request.priority();

		this.patient.after(Duration.ofDays(1)); // asked
		this.patient.after(Duration.ofDays(1)); // asked again: one missed
		assertThat(this.patient.reload(request).needsAttention()).isFalse();
		this.patient.after(Duration.ofDays(1)); // two missed
		this.patient.tick();
		this.patient.after(Duration.ofDays(1));

		EvacuationRequest raised = this.patient.reload(request);
		assertThat(raised.needsAttention()).isTrue();
		assertThat(raised.priority()).isGreaterThan(before);
		assertThat(this.patient.textsTo(VOLUNTEERS)).singleElement().satisfies(notice -> {
			assertThat(notice).startsWith("⚠️ Заявка EV-1001").contains("2").contains("Бахмут");
			assertThat(notice).doesNotContain("Миру", "380", "48.5", "Донецька");
		});
		assertThat(this.patient.messagesTo(VOLUNTEERS).get(0).message().purpose()).isEqualTo("volunteer");
	}

	@Test
	void anAnswerEndsTheSilenceAndANewSilenceIsToldAgain() {
		EvacuationRequest request = this.patient.file(2L, Language.UK);
		for (int day = 0; day < 3; day++) {
			this.patient.after(Duration.ofDays(1));
		}
		this.patient.tick();
		this.patient.change(request, r -> r.stillNeededByResident(this.patient.clock.instant()));
		for (int day = 0; day < 3; day++) {
			this.patient.after(Duration.ofDays(1));
		}
		this.patient.tick();

		assertThat(this.patient.textsTo(VOLUNTEERS)).hasSize(2);
	}

	@Test
	void aNewRequestNobodyTookForTwelveHoursIsRaisedOnce() {
		EvacuationRequest request = this.evac.file(3L, Language.EN);
		this.evac.after(Duration.ofHours(11));
		assertThat(this.evac.reload(request).needsAttention()).isFalse();

		this.evac.after(Duration.ofHours(1));
		this.evac.after(Duration.ofHours(12));

		assertThat(this.evac.reload(request).needsAttention()).isTrue();
		assertThat(this.evac.textsTo(VOLUNTEERS)).singleElement()
			.satisfies(notice -> assertThat(notice).startsWith("⚠️ Заявка EV-1001")
				.contains("23.11 11:00")
				.doesNotContain("Миру", "380"));
		assertThat(this.evac.count("evac.reminders.sent", "unclaimed")).isEqualTo(1);
	}

	@Test
	void withoutAVolunteersChatOnlyTheQueueIsRaised() {
		try (FollowUpFixture alone = new FollowUpFixture(FollowUpFixture.properties(""),
				new VolunteerChatProperties(null))) {
			EvacuationRequest request = alone.file(4L, Language.UK);

			alone.after(Duration.ofHours(12));

			assertThat(alone.reload(request).needsAttention()).isTrue();
			assertThat(alone.mongo.count(new org.springframework.data.mongodb.core.query.Query(),
					org.evac.outbox.OutboxMessage.class))
				.isZero();
		}
	}

	@Test
	void aClosedRequestIsNeverRaised() {
		EvacuationRequest request = this.evac.file(5L, Language.UK);
		this.evac.change(request, r -> r.cancelByResident(this.evac.clock.instant()));

		this.evac.after(Duration.ofDays(3));

		assertThat(this.evac.reload(request).needsAttention()).isFalse();
		assertThat(this.evac.textsTo(VOLUNTEERS)).isEmpty();
	}

}
