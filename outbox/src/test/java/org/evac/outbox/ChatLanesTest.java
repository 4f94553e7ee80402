package org.evac.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.outbox.DeliveryRig.PROPERTIES;
import static org.evac.outbox.DeliveryRig.START;

/**
 * The lanes in memory: each chat's messages in order, a chat in the ready queue at most
 * once so that no two senders serve it, chats taken in turn, and idle lanes forgotten but
 * never one a message is arriving in.
 */
class ChatLanesTest {

	private final SimulatedClock clock = new SimulatedClock(START);

	private final ChatLanes lanes = new ChatLanes(PROPERTIES, this.clock, this.clock.meter());

	private long seq;

	private OutboxMessage message(long chatId, String id) {
		return message(chatId, id, this.seq++);
	}

	private static OutboxMessage message(long chatId, String id, long seq) {
		return new OutboxMessage(id, chatId, seq, OutgoingMessage.send(chatId, id, Keyboard.NONE, "reply"),
				OutboxMessage.State.PENDING, 0, START, "here", START.plusSeconds(30), START, null, null);
	}

	private ChatLane next() throws InterruptedException {
		return this.lanes.next(Duration.ZERO);
	}

	/**
	 * Serves the ready lanes as the senders do, one message a turn, until none is ready.
	 */
	private List<String> sendAll() throws InterruptedException {
		List<String> sent = new ArrayList<>();
		for (ChatLane lane = next(); lane != null; lane = next()) {
			OutboxMessage head = lane.head();
			if (head != null) {
				this.lanes.finished(lane, head);
				this.lanes.putBack(lane);
				sent.add(head.id());
			}
		}
		return sent;
	}

	@Test
	void aChatsMessagesGoOutInTheirOrderHoweverTheyArrive() throws Exception {
		this.lanes.add(List.of(message(1, "third", 30), message(1, "first", 10)));
		this.lanes.add(List.of(message(1, "second", 20)));

		assertThat(sendAll()).containsExactly("first", "second", "third");
	}

	@Test
	void aLaneBeingServedIsNotReadyForAnotherSender() throws Exception {
		this.lanes.add(List.of(message(1, "a")));
		ChatLane served = next();

		this.lanes.add(List.of(message(1, "b"), message(1, "c")));

		assertThat(served).isNotNull();
		assertThat(next()).as("nobody else may take chat 1 meanwhile").isNull();
		this.lanes.putBack(served);
		assertThat(next()).isSameAs(served);
		assertThat(next()).isNull();
	}

	@Test
	void aSleepingLaneIsWokenOnceByManyMessages() throws Exception {
		this.lanes.add(List.of(message(1, "a")));
		this.lanes.add(List.of(message(1, "b")));
		this.lanes.add(List.of(message(2, "c")));

		assertThat(next().chatId).isEqualTo(1);
		assertThat(next().chatId).isEqualTo(2);
		assertThat(next()).isNull();
	}

	@Test
	void chatsAreServedInTurnSoOneBacklogHoldsUpNobody() throws Exception {
		this.lanes.add(List.of(message(1, "1a"), message(1, "1b"), message(1, "1c"), message(1, "1d")));
		this.lanes.add(List.of(message(2, "2a"), message(2, "2b")));
		this.lanes.add(List.of(message(3, "3a")));

		assertThat(sendAll()).containsExactly("1a", "2a", "3a", "1b", "2b", "1c", "1d");
	}

	@Test
	void aMessageHeldOrFinishedLatelyIsNotTakenAgain() throws Exception {
		OutboxMessage finished = message(2, "finished");
		this.lanes.add(List.of(finished));
		sendAll();
		OutboxMessage held = message(1, "held");
		this.lanes.add(List.of(held));

		this.lanes.add(List.of(held, finished));

		assertThat(this.lanes.held()).isEqualTo(1);
		assertThat(sendAll()).containsExactly("held");
	}

	@Test
	void aFinishedMessageIsForgottenAfterAMinute() throws Exception {
		OutboxMessage finished = message(1, "finished");
		this.lanes.add(List.of(finished));
		sendAll();

		this.clock.advance(Duration.ofSeconds(59));
		this.lanes.forgetIdle();
		this.lanes.add(List.of(finished));
		assertThat(this.lanes.held()).isZero();

		this.clock.advance(Duration.ofSeconds(2));
		this.lanes.forgetIdle();
		this.lanes.add(List.of(finished));
		assertThat(this.lanes.held()).isEqualTo(1);
	}

	@Test
	void aMessageForLaterIsLeftToTheLookAtTheOutbox() throws Exception {
		OutboxMessage reminder = new OutboxMessage("reminder", 1, 1,
				OutgoingMessage.send(1, "pickup", Keyboard.NONE, "reminder"), OutboxMessage.State.PENDING, 0,
				START.plusSeconds(2), null, Instant.EPOCH, START, null, null);

		this.lanes.add(List.of(reminder));

		assertThat(this.lanes.held()).isZero();
		assertThat(next()).isNull();
	}

	@Test
	void idleLanesAreForgotten() throws Exception {
		this.lanes.add(List.of(message(1, "a")));
		this.lanes.add(List.of(message(2, "b")));
		sendAll();

		this.lanes.forgetIdle();

		assertThat(this.lanes.lanes()).isZero();
	}

	@Test
	void aLaneWithMessagesOrBeingServedIsNotForgotten() throws Exception {
		this.lanes.add(List.of(message(1, "waiting")));
		this.lanes.add(List.of(message(2, "being sent")));
		next();
		ChatLane beingServed = next();
		this.lanes.finished(beingServed, beingServed.head());

		this.lanes.forgetIdle();

		assertThat(this.lanes.lanes()).as("chat 1 waits; chat 2's sender has not looked again").isEqualTo(2);
	}

	@Test
	void aMessageArrivingAfterTheLaneFellAsleepKeepsItsLane() throws Exception {
		this.lanes.add(List.of(message(1, "a")));
		sendAll();
		this.lanes.add(List.of(message(1, "b")));

		this.lanes.forgetIdle();

		assertThat(this.lanes.lanes()).isEqualTo(1);
		assertThat(sendAll()).containsExactly("b");
	}

	@Test
	void forgettingLanesWhileMessagesArriveNeverGivesAChatTwoLanes() throws Exception {
		int rounds = 5_000;
		Thread forgetting = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				this.lanes.forgetIdle();
			}
		});
		forgetting.start();
		List<String> sent = new ArrayList<>();
		try {
			for (int i = 0; i < rounds; i++) {
				this.lanes.add(List.of(message(1, "a" + i)));
				this.lanes.add(List.of(message(1, "b" + i)));
				ChatLane lane = next();
				assertThat(lane).as("round %d wakes the lane", i).isNotNull();
				assertThat(next()).as("round %d: chat 1 is ready once", i).isNull();
				for (OutboxMessage head = lane.head(); head != null; head = lane.head()) {
					this.lanes.finished(lane, head);
					sent.add(head.id());
				}
			}
		}
		finally {
			forgetting.interrupt();
			forgetting.join();
		}
		assertThat(sent).hasSize(2 * rounds).doesNotHaveDuplicates();
	}

	/**
	 * Every look at the outbox offers again what this instance holds (it owns them): one
	 * that read a message just before its sender finished it must not take it in anew
	 * once it is finished, or it is sent twice.
	 */
	@Test
	void aLookAtTheOutboxAsAMessageIsFinishedNeverTakesItInAgain() throws Exception {
		int rounds = 10_000;
		CyclicBarrier both = new CyclicBarrier(2);
		List<OutboxMessage> offered = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			offered.add(message(1, "m" + i));
		}
		Thread look = new Thread(() -> {
			try {
				for (OutboxMessage message : offered) {
					both.await();
					this.lanes.add(List.of(message));
					both.await();
				}
			}
			catch (InterruptedException | BrokenBarrierException ex) {
				Thread.currentThread().interrupt();
			}
		});
		look.start();
		List<String> sentAgain = new ArrayList<>();
		try {
			for (OutboxMessage message : offered) {
				this.lanes.add(List.of(message));
				ChatLane lane = next();
				both.await(10, TimeUnit.SECONDS);
				this.lanes.finished(lane, message);
				both.await(10, TimeUnit.SECONDS);
				this.lanes.putBack(lane);
				ChatLane again = next();
				OutboxMessage head = (again != null) ? again.head() : null;
				if (head != null) {
					sentAgain.add(head.id());
					this.lanes.finished(again, head);
					this.lanes.putBack(again);
				}
			}
		}
		finally {
			look.interrupt();
			look.join();
		}
		assertThat(sentAgain).as("taken in again after they were sent").isEmpty();
		assertThat(this.lanes.held()).isZero();
	}

}
