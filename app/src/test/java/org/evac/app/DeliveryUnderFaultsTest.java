package org.evac.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Requests;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutboxMessage;
import org.evac.outbox.OutgoingMessage;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.Fault;
import org.evac.telegramfake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whatever Telegram does (429, 502, time-outs, 403), every queued message reaches the
 * resident, in order, once; and evac stops trying only where Telegram says it never will.
 */
class DeliveryUnderFaultsTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "--evac.telegram.send-timeout=1s", "--evac.delivery.first-backoff=200ms",
				"--evac.delivery.max-backoff=2s");
	}

	@AfterEach
	void clearFaults() {
		telegram.clearFault();
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	private static void send(long chatId, String... texts) {
		List<OutgoingMessage> messages = new ArrayList<>();
		for (String text : texts) {
			messages.add(OutgoingMessage.send(chatId, text, Keyboard.NONE, "notice"));
		}
		evac.bean(Outbox.class).enqueue("test-" + chatId + "-" + System.nanoTime(), messages);
	}

	private static List<String> textsTo(long chatId) {
		return telegram.messagesTo(chatId).stream().map(SentMessage::text).toList();
	}

	@Test
	void aMessageRefusedWithRetryAfterGoesOutOnceAfterTheWaitsWhileOtherChatsKeepFlowing() {
		long limited = 3001L;
		AtomicInteger refusals = new AtomicInteger();
		telegram.setFault((method, chatId, n) -> (method.equalsIgnoreCase("sendMessage") && chatId != null
				&& chatId == limited && refusals.incrementAndGet() <= 3) ? Fault.tooManyRequests(1) : Fault.none());
		Instant queued = Instant.now();

		send(limited, "for the limited chat");
		IntStream.range(0, 10).forEach(i -> send(3100L + i, "for chat " + i));

		await().atMost(WAIT).until(() -> textsTo(limited).size() == 1);
		SentMessage late = telegram.messagesTo(limited).get(0);
		assertThat(Duration.between(queued, late.at())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
		assertThat(IntStream.range(0, 10).mapToObj(i -> telegram.messagesTo(3100L + i))).allSatisfy(
				messages -> assertThat(messages).hasSize(1).allSatisfy(m -> assertThat(m.at()).isBefore(late.at())));
		assertThat(refusals.get()).isEqualTo(4);
	}

	@Test
	void whenEveryThirdCallFailsWithBadGatewayEverythingArrivesInOrder() {
		AtomicInteger calls = new AtomicInteger();
		telegram.setFault(
				(method, chatId, n) -> (method.equalsIgnoreCase("sendMessage") && calls.incrementAndGet() % 3 == 0)
						? Fault.serverError(502) : Fault.none());
		List<String> texts = IntStream.range(1, 6).mapToObj(i -> "message " + i).toList();

		for (long chat = 3201L; chat <= 3204L; chat++) {
			send(chat, texts.toArray(String[]::new));
		}

		for (long chat = 3201L; chat <= 3204L; chat++) {
			long c = chat;
			await().atMost(WAIT).until(() -> textsTo(c).size() >= 5);
			assertThat(textsTo(c)).containsExactlyElementsOf(texts);
		}
	}

	@Test
	void aSendThatTimesOutIsTriedAgain() {
		long chat = 3301L;
		AtomicInteger calls = new AtomicInteger();
		telegram
			.setFault(
					(method, chatId,
							n) -> (method.equalsIgnoreCase("sendMessage") && chatId != null && chatId == chat
									&& calls.incrementAndGet() == 1) ? Fault.delay(Duration.ofSeconds(4))
											: Fault.none());

		send(chat, "after a time-out");

		// A time-out cannot tell whether Telegram took the message: evac sends again
		// rather
		// than risk losing it (README: the resend window).
		await().atMost(WAIT).until(() -> calls.get() >= 2 && !textsTo(chat).isEmpty());
		assertThat(textsTo(chat)).contains("after a time-out");
	}

	@Test
	void aResidentWhoBlockedTheBotIsFlaggedForAPhoneCallAndNotRetried() {
		long chat = 3401L;
		EvacuationRequest request = evac.bean(Requests.class)
			.file(chat, "blocked-1", Language.UK, org.evac.domain.request.RequestsFixtures.family());
		telegram.setFault(org.evac.telegramfake.FaultRule.forChat(chat, "sendMessage", Fault.blocked()));

		send(chat, "first", "second");

		await().atMost(WAIT)
			.until(() -> evac.bean(Requests.class).byId(request.id()).orElseThrow().telegramUnreachable());
		EvacuationRequest flagged = evac.bean(Requests.class).byId(request.id()).orElseThrow();
		assertThat(flagged.needsAttention()).isTrue();
		int attempts = telegram.callsOf("sendMessage");
		await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
		assertThat(telegram.callsOf("sendMessage")).isEqualTo(attempts);
		assertThat(evac.mongo()
			.count(org.springframework.data.mongodb.core.query.Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("chatId")
					.is(chat)
					.and("state")
					.is(OutboxMessage.State.PENDING)), OutboxMessage.class))
			.isZero();
	}

	@Test
	void aTextTooLongForOneMessageArrivesSplitInOrder() {
		long chat = 3501L;
		StringBuilder text = new StringBuilder();
		for (int i = 0; text.length() < 5000; i++) {
			text.append("Line ").append(i).append(" of a long letter from the volunteers.\n");
		}

		send(chat, text.toString());

		await().atMost(WAIT).until(() -> textsTo(chat).size() == 2);
		assertThat(textsTo(chat)).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
		assertThat(String.join("\n", textsTo(chat)).strip()).isEqualTo(text.toString().strip());
	}

	@Test
	void prometheusShowsTheDeliveryFiguresWithoutPersonalLabels() {
		send(3601L, "a notice");
		await().atMost(WAIT).until(() -> !textsTo(3601L).isEmpty());

		String metrics = evac.getText("/actuator/prometheus");

		assertThat(metrics)
			.contains("evac_telegram_deliveries_total{kind=\"send\",outcome=\"accepted\",purpose=\"notice\"}")
			.contains("evac_outbox_depth")
			.contains("evac_outbox_oldest_age_seconds")
			.contains("evac_updates_processing_seconds")
			.doesNotContain("3601");
	}

}
