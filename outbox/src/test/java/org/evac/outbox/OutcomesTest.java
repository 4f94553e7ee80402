package org.evac.outbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.outbox.DeliveryRig.START;

/**
 * What each answer of Telegram does, on a simulated clock: a 429 is waited out exactly,
 * by one chat or by everybody; Telegram's trouble with growing pauses; a blocked chat
 * loses its queue; a refused message is kept for a person.
 */
class OutcomesTest {

	private final DeliveryRig rig = new DeliveryRig();

	@AfterEach
	void close() {
		this.rig.close();
	}

	private static Delivery.RateLimited tooMany(int seconds) {
		return new Delivery.RateLimited(Duration.ofSeconds(seconds), false);
	}

	@Test
	void anAcceptedMessageLeavesTheOutbox() throws Exception {
		this.rig.enqueue("u1", 1, "hello");

		this.rig.runFor(Duration.ofSeconds(1));

		assertThat(this.rig.telegram.attempts()).hasSize(1);
		assertThat(this.rig.stored()).isEmpty();
		assertThat(this.rig.lanes.held()).isZero();
	}

	@Test
	void oneChatsRateLimitDelaysThatChatOnly() throws Exception {
		this.rig.telegram.answer(1, tooMany(5));
		this.rig.enqueue("u1", 1, "first", "second");
		this.rig.enqueue("u2", 2, "first", "second");

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.telegram.attemptsTo(1)).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START, START.plusSeconds(5), START.plusSeconds(5));
		assertThat(this.rig.telegram.attemptsTo(2)).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START, START);
		assertThat(this.rig.outcomes.pausedUntil()).isBefore(START);
	}

	@Test
	void retryAfterIsHonouredExactlyAndCounted() throws Exception {
		this.rig.telegram.answer(1, tooMany(12));
		this.rig.enqueue("u1", 1, "hello");

		this.rig.runFor(Duration.ofMillis(11_999));

		assertThat(this.rig.telegram.attempts()).hasSize(1);
		assertThat(this.rig.stored()).singleElement().satisfies(stored -> {
			assertThat(stored.notBefore()).isEqualTo(START.plusSeconds(12));
			assertThat(stored.attempts()).isEqualTo(1);
			assertThat(stored.lastError()).isEqualTo("429");
		});

		this.rig.runFor(Duration.ofMillis(1));

		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START, START.plusSeconds(12));
		assertThat(this.rig.stored()).isEmpty();
	}

	@Test
	void aGlobalRateLimitPausesEveryChatExactlyRetryAfter() throws Exception {
		this.rig.telegram.answer(1, new Delivery.RateLimited(Duration.ofSeconds(7), true));
		this.rig.enqueue("u1", 1, "limited");
		this.rig.enqueue("u2", 2, "waits");
		this.rig.enqueue("u3", 3, "waits too");

		this.rig.runFor(Duration.ofSeconds(20));

		assertThat(this.rig.outcomes.pausedUntil()).isEqualTo(START.plusSeconds(7));
		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START, START.plusSeconds(7), START.plusSeconds(7), START.plusSeconds(7));
	}

	@Test
	void rateLimitsFromManyChatsPauseEverybody() throws Exception {
		for (long chat = 1; chat <= 3; chat++) {
			this.rig.telegram.answer(chat, tooMany(3));
			this.rig.enqueue("u" + chat, chat, "limited");
		}
		this.rig.enqueue("u4", 4, "waits");

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.outcomes.pausedUntil()).isEqualTo(START.plusSeconds(3));
		assertThat(this.rig.telegram.attemptsTo(4)).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START.plusSeconds(3));
	}

	@Test
	void twoChatsLimitedAreStillTheirOwnBusiness() throws Exception {
		this.rig.telegram.answer(1, tooMany(3)).answer(2, tooMany(3));
		this.rig.enqueue("u1", 1, "limited");
		this.rig.enqueue("u2", 2, "limited");
		this.rig.enqueue("u3", 3, "goes");

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.telegram.attemptsTo(3)).extracting(ScriptedGateway.Attempt::at).containsExactly(START);
	}

	@Test
	void telegramsTroubleIsRetriedWithGrowingPauses() throws Exception {
		this.rig.telegram.answer(1, new Delivery.Transient("502"), new Delivery.Transient("timeout"));
		this.rig.enqueue("u1", 1, "hello");

		this.rig.runFor(Duration.ofMillis(500));

		assertThat(this.rig.stored()).singleElement().satisfies(stored -> {
			assertThat(stored.attempts()).isEqualTo(1);
			assertThat(stored.lastError()).isEqualTo("502");
		});

		this.rig.runFor(Duration.ofSeconds(10));

		// the jitter's lowest value: 7/8 of one second, then of two
		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START, START.plusMillis(875), START.plusMillis(875 + 1750));
		assertThat(this.rig.stored()).isEmpty();
	}

	@Test
	void aBlockedChatDropsItsQueueAndIsFlagged() throws Exception {
		this.rig.telegram.answer(5, new Delivery.Blocked("403"));
		this.rig.enqueue("u1", 5, "one", "two", "three");

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.telegram.attempts()).hasSize(1);
		assertThat(this.rig.stored()).hasSize(3).allSatisfy(stored -> {
			assertThat(stored.state()).isEqualTo(OutboxMessage.State.FAILED);
			assertThat(stored.lastError()).isEqualTo("403");
		});
		assertThat(this.rig.blocked).containsExactly(5L);
		assertThat(this.rig.lanes.held()).isZero();
	}

	@Test
	void aGroupThatRemovedTheBotIsNoResidentToPhone() throws Exception {
		this.rig.telegram.answer(-100, new Delivery.Blocked("403"));
		this.rig.enqueue("u1", -100, "to the volunteers");

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.stored()).extracting(OutboxMessage::state).containsExactly(OutboxMessage.State.FAILED);
		assertThat(this.rig.blocked).isEmpty();
	}

	@Test
	void aRefusedMessageIsMarkedFailedAndTheNextOneGoesOut() throws Exception {
		this.rig.telegram.answer(1, new Delivery.Rejected("400 message is too long"));
		this.rig.enqueue("u1", 1, "refused", "next");

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::text)
			.containsExactly("refused", "next");
		assertThat(this.rig.stored()).singleElement().satisfies(stored -> {
			assertThat(stored.message().text()).isEqualTo("refused");
			assertThat(stored.state()).isEqualTo(OutboxMessage.State.FAILED);
			assertThat(stored.lastError()).isEqualTo("400 message is too long");
		});
		assertThat(this.rig.lanes.held()).isZero();
	}

	@Test
	void aRefusedMessageFoundAgainIsNotSentAgain() throws Exception {
		this.rig.telegram.answer(1, new Delivery.Rejected("400"));
		OutboxMessage refused = this.rig.enqueue("u1", 1, "refused").get(0);
		this.rig.runFor(Duration.ofSeconds(1));

		this.rig.lanes.add(List.of(refused));
		this.rig.runFor(Duration.ofSeconds(1));

		assertThat(this.rig.telegram.attempts()).hasSize(1);
	}

}
