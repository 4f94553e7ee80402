package org.evac.bot.followup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.evac.bot.volunteerchat.VolunteerChatProperties;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.evac.outbox.Keyboard;
import org.evac.outbox.OutboxMessage;
import org.evac.outbox.OutgoingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of evac on one database, ticking at the same moments, and instances that
 * die half-way through a reminder: each reminder is sent once.
 */
class TwoInstancesTest {

	private final FollowUpFixture evac = new FollowUpFixture();

	@AfterEach
	void close() {
		this.evac.close();
	}

	@Test
	void twoInstancesTickingTogetherSendEachReminderOnce() throws Exception {
		int residents = 40;
		List<EvacuationRequest> requests = new ArrayList<>();
		for (long chat = 1; chat <= residents; chat++) {
			requests.add(this.evac.file(chat, Language.UK));
			this.evac.conversationAt(1000 + chat, "phone", Language.UK, Duration.ZERO);
		}
		List<FollowUpCycle> instances = List.of(this.evac.instance(new VolunteerChatProperties(-1L)),
				this.evac.instance(new VolunteerChatProperties(-1L)));
		this.evac.clock.advance(Duration.ofDays(1));

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<?>> ticks = new ArrayList<>();
				for (FollowUpCycle instance : instances) {
					ticks.add(pool.submit(() -> {
						start.await();
						instance.run();
						return null;
					}));
				}
				start.countDown();
				for (Future<?> tick : ticks) {
					tick.get();
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		// the metrics count hand-overs to the outbox: the outbox alone would hide a
		// second
		// hand-over under the same key
		assertThat(this.evac.count("evac.reminders.sent", "check-in")).isEqualTo(residents);
		assertThat(this.evac.count("evac.reminders.sent", "last-nudge")).isEqualTo(residents);
		assertThat(this.evac.count("evac.reminders.sent", "unclaimed")).isEqualTo(residents);
		Map<Long, Long> perChat = this.evac.mongo.find(new Query(), OutboxMessage.class)
			.stream()
			.collect(Collectors.groupingBy(OutboxMessage::chatId, Collectors.counting()));
		assertThat(perChat).hasSize(2 * residents + 1)
			.allSatisfy((chat, messages) -> assertThat(messages).isEqualTo(chat == -1L ? residents : 1L));
		assertThat(requests).allSatisfy(r -> assertThat(this.evac.reload(r).followUp().checkIns()).isEqualTo(1));
		assertThat(this.evac.reminders.count()).isZero();
	}

	@Test
	void aReminderTakenUpByAnInstanceThatDiedIsSentByAnotherOnce() {
		EvacuationRequest request = this.evac.file(1L, Language.UK);
		this.evac.clock.advance(Duration.ofDays(1));
		Planned due = new Planned("checkin:" + request.id() + ":1", CheckIns.NAME, 1L, request.id(),
				this.evac.clock.instant());
		this.evac.reminders.plan(due, due.dueAt(), due.dueAt());
		this.evac.reminders.claimNext("died-before-queueing", this.evac.clock.instant());

		this.evac.tick();
		assertThat(this.evac.textsTo(1L)).as("held by the dead instance until its lease ends").isEmpty();
		this.evac.after(Duration.ofSeconds(16));
		this.evac.after(Duration.ofSeconds(16));

		assertThat(this.evac.textsTo(1L)).hasSize(1);
		assertThat(this.evac.reload(request).followUp().checkIns()).isEqualTo(1);
	}

	@Test
	void aReminderQueuedByAnInstanceThatDiedBeforeMarkingItIsQueuedOnce() {
		EvacuationRequest request = this.evac.file(2L, Language.UK);
		this.evac.clock.advance(Duration.ofDays(1));
		Planned due = new Planned("checkin:" + request.id() + ":1", CheckIns.NAME, 2L, request.id(),
				this.evac.clock.instant());
		this.evac.reminders.plan(due, due.dueAt(), due.dueAt());
		this.evac.reminders.claimNext("died-after-queueing", this.evac.clock.instant());
		// the dead instance got as far as the outbox: its message waits there, unmarked
		this.evac.outbox.enqueue("reminder:" + due.key(),
				List.of(OutgoingMessage.send(2L, "check-in", Keyboard.NONE, "reminder")));

		this.evac.after(Duration.ofSeconds(16));

		assertThat(this.evac.textsTo(2L)).containsExactly("check-in");
		assertThat(this.evac.reload(request).followUp().checkIns()).isEqualTo(1);
		assertThat(this.evac.reminders.count()).isZero();
	}

	@Test
	void aReminderMarkedByAnInstanceThatDiedBeforeRemovingItIsNotSentAgain() {
		EvacuationRequest request = this.evac.file(3L, Language.UK);
		this.evac.clock.advance(Duration.ofDays(1));
		this.evac.tick();
		this.evac.mongo.remove(new Query(), OutboxMessage.class); // Telegram has it
		Planned due = new Planned("checkin:" + request.id() + ":1", CheckIns.NAME, 3L, request.id(),
				this.evac.clock.instant());
		this.evac.reminders.plan(due, due.dueAt(), due.dueAt());
		this.evac.reminders.claimNext("died-before-removing", this.evac.clock.instant());

		this.evac.after(Duration.ofSeconds(16));

		assertThat(this.evac.textsTo(3L)).isEmpty();
		assertThat(this.evac.reminders.count()).isZero();
	}

}
