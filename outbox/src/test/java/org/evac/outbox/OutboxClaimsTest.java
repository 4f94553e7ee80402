package org.evac.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.outbox.DeliveryRig.START;

/**
 * What an instance takes from the outbox, on the real outbox in the embedded database and
 * a simulated clock: no more than it can send soon, what others handed over in its chats'
 * order, and never again what it delivered but could not remove.
 */
class OutboxClaimsTest {

	private DeliveryRig rig = new DeliveryRig();

	@AfterEach
	void close() {
		this.rig.close();
	}

	/** Messages to as many chats, queued by a process that does not send. */
	private void queuedByNobody(int count) {
		List<OutgoingMessage> messages = new ArrayList<>();
		for (int chat = 1; chat <= count; chat++) {
			messages.add(OutgoingMessage.send(chat, "notice", Keyboard.NONE, "notice"));
		}
		this.rig.outboxOf(null).enqueue("notice", messages);
	}

	@Test
	void aLookClaimsWhatCanBeSentBeforeTheNextLookOrTwo() {
		queuedByNobody(100);

		this.rig.claims.claimDue();
		assertThat(this.rig.lanes.held()).as("two looks' worth at 30 a second").isEqualTo(60);

		this.rig.claims.claimDue();
		assertThat(this.rig.lanes.held()).as("at least a second's worth more").isEqualTo(90);
	}

	@Test
	void noLookClaimsMoreThanTheCap() {
		this.rig.close();
		this.rig = new DeliveryRig("here", new DeliveryProperties(1000, 1, 3, 20, 8, Duration.ofSeconds(1),
				Duration.ofSeconds(1), Duration.ofSeconds(60)));
		queuedByNobody(OutboxClaims.MOST_CLAIMED + 10);

		assertThat(this.rig.claims.room()).isEqualTo(OutboxClaims.MOST_CLAIMED);
		this.rig.claims.claimDue();

		assertThat(this.rig.lanes.held()).isEqualTo(OutboxClaims.MOST_CLAIMED);
		assertThat(this.rig.claims.room()).isLessThanOrEqualTo(OutboxClaims.MOST_CLAIMED);
	}

	@Test
	void messagesHandedOverAreSentAfterTheOlderOnesOfTheirChat() throws Exception {
		// ids sort against the order queued, so only the order kept by the lane counts
		this.rig.enqueue("z-first", 1, "first");
		this.rig.clock.advance(Duration.ofMillis(1));
		Outbox there = this.rig.outboxOf("there");
		there.enqueue("m-second", List.of(OutgoingMessage.send(1, "second", Keyboard.NONE, "reply")));
		this.rig.clock.advance(Duration.ofMillis(1));
		there.enqueue("a-third", List.of(OutgoingMessage.send(1, "third", Keyboard.NONE, "reply")));

		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));

		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::text)
			.containsExactly("first", "second", "third");
		assertThat(this.rig.stored()).isEmpty();
	}

	@Test
	void aDeliveredMessageWhoseRemovalFailedIsNeverSentAgain() throws Exception {
		this.rig.enqueue("u1", 1, "hello");
		this.rig.template.away(true);
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(this.rig.stored()).as("still in the outbox").hasSize(1);

		this.rig.clock.advance(Duration.ofMinutes(2)); // its lease ran out, and the
		this.rig.lanes.forgetIdle(); // lanes forgot they finished it
		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(this.rig.telegram.attempts()).hasSize(1);

		this.rig.template.away(false);
		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));

		assertThat(this.rig.telegram.attempts()).hasSize(1);
		assertThat(this.rig.stored()).as("removed once the database is back").isEmpty();
	}

	@Test
	void renewedLeasesKeepOtherInstancesAway() {
		this.rig.telegram.answer(1, new Delivery.RateLimited(Duration.ofSeconds(50), false));
		this.rig.enqueue("u1", 1, "hello");
		this.rig.clock.advance(Duration.ofSeconds(20));

		this.rig.claims.renewLeases();
		this.rig.clock.advance(Duration.ofSeconds(20));

		assertThat(this.rig.outboxOf(null).claimDue("there", 10)).isEmpty();
		assertThat(this.rig.stored()).extracting(OutboxMessage::leaseUntil).containsExactly(START.plusSeconds(50));
	}

	@Test
	void whatIsHandedBackAtShutdownAnotherInstanceSends() {
		this.rig.enqueue("u1", 1, "hello");

		this.rig.claims.release();

		assertThat(this.rig.outboxOf(null).claimDue("there", 10)).extracting(m -> m.message().text())
			.containsExactly("hello");
	}

}
