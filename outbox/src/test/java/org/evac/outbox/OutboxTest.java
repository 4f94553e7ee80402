package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox keeps what is to be sent until it is sent, and gives each message to one
 * sender.
 */
class OutboxTest {

	private final TestDatabase database = new TestDatabase();

	@AfterEach
	void close() {
		this.database.close();
	}

	/** A sender in another process, as the outbox of one instance sees it. */
	static final class Sender implements OutboxListener {

		final String id;

		final List<OutboxMessage> received = new ArrayList<>();

		Sender(String id) {
			this.id = id;
		}

		@Override
		public String instanceId() {
			return this.id;
		}

		@Override
		public void queued(List<OutboxMessage> messages) {
			this.received.addAll(messages);
		}

	}

	private Outbox outboxOf(Sender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("sender", sender);
		}
		return new Outbox(this.database.template(), Clock.systemUTC(), beans.getBeanProvider(OutboxListener.class),
				Duration.ofSeconds(30));
	}

	private static OutgoingMessage to(long chat, String text) {
		return OutgoingMessage.send(chat, text, Keyboard.NONE, "reply");
	}

	@Test
	void queueingTheSameKeyTwiceAddsNothing() {
		Sender a = new Sender("a");
		Outbox outbox = outboxOf(a);

		outbox.enqueue("u1", List.of(to(1, "hello"), to(1, "question")));
		outbox.enqueue("u1", List.of(to(1, "hello"), to(1, "question")));

		assertThat(outbox.pending()).isEqualTo(2);
		assertThat(a.received).extracting(OutboxMessage::id).containsOnly("u1:0", "u1:1");
	}

	@Test
	void aMessageForAChatAnotherInstanceIsSendingToGoesToThatInstance() {
		Sender a = new Sender("a");
		Sender b = new Sender("b");
		outboxOf(a).enqueue("u1", List.of(to(1, "first")));

		outboxOf(b).enqueue("u2", List.of(to(1, "second"), to(2, "other chat")));

		assertThat(b.received).extracting(m -> m.message().text()).containsExactly("other chat");
		assertThat(outboxOf(a).handedTo("a", 10)).extracting(m -> m.message().text())
			.containsExactlyInAnyOrder("first", "second");
	}

	@Test
	void aMessageNobodyHoldsIsClaimedByOneSenderOnly() {
		outboxOf(null).enqueue("notice", List.of(to(1, "one"), to(2, "two"), to(3, "three")));

		List<OutboxMessage> first = outboxOf(null).claimDue("a", 10);
		List<OutboxMessage> second = outboxOf(null).claimDue("b", 10);

		assertThat(first).hasSize(3);
		assertThat(second).isEmpty();
	}

	@Test
	void aSentMessageLeavesAndAFailedOneStaysForAPerson() {
		Outbox outbox = outboxOf(null);
		List<OutboxMessage> queued = outbox.enqueue("u1", List.of(to(1, "sent"), to(1, "refused")));

		outbox.sent(queued.get(0).id());
		outbox.failed(queued.get(1).id(), "400");

		assertThat(outbox.pending()).isZero();
		assertThat(this.database.template().findAll(OutboxMessage.class)).extracting(OutboxMessage::state)
			.containsExactly(OutboxMessage.State.FAILED);
	}

}
