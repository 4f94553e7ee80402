package org.evac.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.outbox.DeliveryRig.START;

/**
 * Who holds a message when it is queued, on a simulated clock: the sender in this
 * process, the instance already sending to the chat, or nobody for a message that is for
 * later.
 */
class OutboxHoldersTest {

	private static final Duration LEASE = Duration.ofSeconds(30);

	private final TestDatabase database = new TestDatabase();

	private final SimulatedClock clock = new SimulatedClock(START);

	@AfterEach
	void close() {
		this.database.close();
	}

	private Outbox outboxOf(OutboxTest.Sender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("sender", sender);
		}
		return new Outbox(this.database.template(), this.clock, beans.getBeanProvider(OutboxListener.class), LEASE);
	}

	private static List<OutgoingMessage> to(long chat, String... texts) {
		return Arrays.stream(texts).map(t -> OutgoingMessage.send(chat, t, Keyboard.NONE, "reply")).toList();
	}

	@Test
	void aMessageForNowIsHeldByTheSenderHereForOneLease() {
		OutboxTest.Sender here = new OutboxTest.Sender("here");

		List<OutboxMessage> queued = outboxOf(here).enqueue("u1", to(1, "hello"));

		assertThat(queued).singleElement().satisfies(m -> {
			assertThat(m.owner()).isEqualTo("here");
			assertThat(m.leaseUntil()).isEqualTo(START.plus(LEASE));
		});
		assertThat(here.received).containsExactlyElementsOf(queued);
	}

	@Test
	void aMessageForLaterIsLeftToWhoeverFindsItDue() {
		OutboxTest.Sender here = new OutboxTest.Sender("here");

		List<OutboxMessage> queued = outboxOf(here).enqueue("reminder", to(1, "pickup"), START.plusSeconds(60));

		assertThat(queued).singleElement().satisfies(m -> {
			assertThat(m.owner()).isNull();
			assertThat(m.leaseUntil()).isEqualTo(Instant.EPOCH);
		});
		assertThat(here.received).isEmpty();
	}

	@Test
	void aMessageDueWithinASecondIsStillForNow() {
		OutboxTest.Sender here = new OutboxTest.Sender("here");

		outboxOf(here).enqueue("u1", to(1, "soon"), START.plusSeconds(1));

		assertThat(here.received).extracting(OutboxMessage::owner).containsExactly("here");
	}

	@Test
	void withoutASenderHereNobodyHoldsIt() {
		List<OutboxMessage> queued = outboxOf(null).enqueue("notice", to(1, "notice"));

		assertThat(queued).extracting(OutboxMessage::owner).containsOnlyNulls();
	}

	@Test
	void aChatAnotherInstanceSendsToIsHandedToItUnderItsLease() {
		OutboxTest.Sender there = new OutboxTest.Sender("there");
		outboxOf(there).enqueue("u1", to(1, "first"));
		this.clock.advance(Duration.ofSeconds(10));
		OutboxTest.Sender here = new OutboxTest.Sender("here");

		List<OutboxMessage> queued = outboxOf(here).enqueue("u2", to(1, "second", "third"));

		assertThat(queued).allSatisfy(m -> {
			assertThat(m.owner()).isEqualTo("there");
			assertThat(m.leaseUntil()).isEqualTo(START.plus(LEASE));
		});
		assertThat(here.received).isEmpty();
	}

	@Test
	void aChatWhoseHolderLetItsLeaseRunOutIsTakenHere() {
		outboxOf(new OutboxTest.Sender("there")).enqueue("u1", to(1, "first"));
		this.clock.advance(LEASE.plusSeconds(1));
		OutboxTest.Sender here = new OutboxTest.Sender("here");

		List<OutboxMessage> queued = outboxOf(here).enqueue("u2", to(1, "second"));

		assertThat(queued).extracting(OutboxMessage::owner).containsExactly("here");
	}

	@Test
	void theSenderHereIsToldWhatWasHandedToItBeforeItsNewMessages() {
		OutboxTest.Sender here = new OutboxTest.Sender("here");
		outboxOf(here).enqueue("u1", to(1, "first"));
		this.clock.advance(Duration.ofMillis(5));
		outboxOf(new OutboxTest.Sender("there")).enqueue("u2", to(1, "handed over"));
		this.clock.advance(Duration.ofMillis(5));
		here.received.clear();

		outboxOf(here).enqueue("u3", to(1, "new"));

		assertThat(here.received).extracting(m -> m.message().text()).containsExactly("first", "handed over", "new");
	}

	@Test
	void aLongTextIsQueuedInPiecesInOrderWithItsButtonsOnTheLast() {
		OutboxTest.Sender here = new OutboxTest.Sender("here");
		Keyboard buttons = Keyboard.Inline.column(new Keyboard.InlineButton("Yes", "yes"));

		List<OutboxMessage> queued = outboxOf(here).enqueue("u1",
				List.of(OutgoingMessage.send(1, "word ".repeat(1000), buttons, "reply")));

		assertThat(queued).extracting(OutboxMessage::id).containsExactly("u1:0", "u1:1");
		assertThat(queued.get(0).seq()).isLessThan(queued.get(1).seq());
		assertThat(queued).extracting(m -> m.message().keyboard()).containsExactly(Keyboard.NONE, buttons);
	}

}
