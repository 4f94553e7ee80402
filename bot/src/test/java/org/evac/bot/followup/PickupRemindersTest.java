package org.evac.bot.followup;

import java.time.Duration;
import java.time.Instant;

import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Before a pickup: when, where, and what to bring. */
class PickupRemindersTest {

	private final FollowUpFixture evac = new FollowUpFixture(FollowUpFixture.properties("22:00-07:00"));

	@AfterEach
	void close() {
		this.evac.close();
	}

	private EvacuationRequest scheduled(long chatId, Language language, Instant at) {
		EvacuationRequest request = this.evac.file(chatId, language);
		return this.evac.change(request,
				r -> r.schedulePickup(new Pickup(at, "School No. 3, Myru 10"), "volunteer", this.evac.clock.instant()));
	}

	@Test
	void remindsTwoHoursBeforeWithThePlaceAndWhatToBring() {
		// the pickup at 14:00 in Kyiv
		scheduled(1L, Language.EN, Instant.parse("2026-11-23T12:00:00Z"));
		this.evac.after(Duration.ofMinutes(59));
		assertThat(this.evac.textsTo(1L)).isEmpty();

		this.evac.after(Duration.ofMinutes(1));
		this.evac.after(Duration.ofMinutes(30));

		assertThat(this.evac.textsTo(1L)).singleElement()
			.satisfies(text -> assertThat(text).startsWith("🚐 Volunteers will pick you up on 23.11 at 14:00.")
				.contains("School No. 3, Myru 10")
				.contains("• Passport or ID card")
				.contains("• Warm clothes"));
	}

	@Test
	void aPickupMovedToAnotherTimeIsRemindedAgain() {
		EvacuationRequest request = scheduled(2L, Language.UK, Instant.parse("2026-11-23T10:00:00Z"));
		this.evac.tick();
		this.evac.change(request, r -> r.schedulePickup(new Pickup(Instant.parse("2026-11-23T15:00:00Z"), "Школа"),
				"volunteer", this.evac.clock.instant()));

		this.evac.after(Duration.ofHours(5));

		assertThat(this.evac.textsTo(2L)).hasSize(2);
		assertThat(this.evac.textsTo(2L).get(1)).contains("17:00").contains("Школа").contains("• Теплий одяг");
	}

	@Test
	void aPickupPastWhileEvacWasDownIsNotReminded() {
		scheduled(3L, Language.UK, Instant.parse("2026-11-23T10:00:00Z"));

		this.evac.clock.advance(Duration.ofHours(2));
		this.evac.tick();

		assertThat(this.evac.textsTo(3L)).isEmpty();
	}

	@Test
	void doesNotWaitForQuietHoursTheVanWillNotEither() {
		// 06:00 in Kyiv: in the quiet hours
		scheduled(4L, Language.RU, Instant.parse("2026-11-24T04:00:00Z"));

		this.evac.clock.set(Instant.parse("2026-11-24T02:00:00Z"));
		this.evac.tick();

		assertThat(this.evac.textsTo(4L)).singleElement()
			.satisfies(text -> assertThat(text).contains("24.11 в 06:00").contains("• Тёплая одежда"));
	}

}
