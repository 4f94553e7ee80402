package org.evac.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.WebhookPoster;
import org.evac.domain.request.EvacuationRequest;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.SentMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances behind a load balancer, one database: residents' updates land on either,
 * and every request is filed once, with every answer, every reply sent once.
 */
class TwoInstancesTest {

	private static final int RESIDENTS = 6;

	private static final List<String> QUESTIONS = List.of("notice", "who.ask", "settlement.ask", "phone.ask",
			"second-phone.ask", "household.ask", "needs.ask", "danger.ask", "ready.ask", "destination.ask",
			"crew-note.ask", "summary.title", "filed.commands");

	private static final org.evac.domain.i18n.Messages MESSAGES = new org.evac.domain.i18n.Messages();

	private final WebhookPoster telegramPosts = new WebhookPoster();

	private static int positionOf(List<String> texts, String key) {
		String start = MESSAGES.text(org.evac.domain.i18n.Language.UK, key).substring(0, 20);
		List<Integer> at = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			if (texts.get(i).contains(start)) {
				at.add(i);
			}
		}
		return (at.size() == 1) ? at.get(0) : -1;
	}

	@Test
	void residentsWhoseUpdatesAlternateBetweenInstancesFileOneCompleteRequestEach() throws Exception {
		MongoServer database = new MongoServer(new MemoryBackend());
		String uri = "--evac.database.uri=" + database.bindAndGetConnectionString() + "/evac";
		String[] webhook = { uri, "--evac.telegram.webhook-url=https://evac.example.org/telegram/webhook",
				"--evac.telegram.webhook-secret=" + WebhookPoster.SECRET };
		ExecutorService residents = Executors.newFixedThreadPool(RESIDENTS);
		try (FakeTelegramApi telegram = FakeTelegramApi.start();
				RunningEvac first = RunningEvac.start(telegram, webhook);
				RunningEvac second = RunningEvac.start(telegram, webhook)) {
			int[] ports = { first.port(), second.port() };
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < RESIDENTS; i++) {
				long chat = 7001L + i;
				done.add(residents.submit(() -> fileARequest(chat, ports)));
			}
			for (Future<?> resident : done) {
				resident.get();
			}

			await().atMost(Duration.ofSeconds(30))
				.until(() -> first.mongo()
					.getCollection("outbox")
					.countDocuments(new org.bson.Document("state", "PENDING")) == 0);
			List<EvacuationRequest> filed = first.mongo().findAll(EvacuationRequest.class);
			assertThat(filed).hasSize(RESIDENTS);
			assertThat(filed).allSatisfy(request -> {
				assertThat(request.details().settlement().name()).isEqualTo("Краматорськ");
				assertThat(request.details().address()).isEqualTo("вул. Василя Стуса, " + request.chatId());
				assertThat(request.details().phone()).isEqualTo("+380501234567");
			});
			for (int i = 0; i < RESIDENTS; i++) {
				List<String> texts = telegram.messagesTo(7001L + i).stream().map(SentMessage::text).toList();
				List<Integer> positions = QUESTIONS.stream().map(key -> positionOf(texts, key)).toList();
				assertThat(positions).as("each question once, in the order asked").isSorted().doesNotContain(-1);
				assertThat(texts.get(texts.size() - 1)).contains("EV-");
				assertThat(texts.stream().filter(t -> t.contains("EV-"))).hasSize(1);
			}
		}
		finally {
			residents.shutdownNow();
			database.shutdownNow();
		}
	}

	/** Each answer goes to the other instance than the one before. */
	private void fileARequest(long chat, int[] ports) {
		String secret = WebhookPoster.SECRET;
		int[] turn = { 0 };
		java.util.function.IntSupplier next = () -> ports[turn[0]++ % 2];
		post(this.telegramPosts.text(next.getAsInt(), secret, WebhookPoster.nextUpdateId(), chat, "/start"));
		post(this.telegramPosts.button(next.getAsInt(), secret, WebhookPoster.nextUpdateId(), chat, 1, "who|SELF"));
		post(this.telegramPosts.text(next.getAsInt(), secret, WebhookPoster.nextUpdateId(), chat, "Краматорськ"));
		post(this.telegramPosts.text(next.getAsInt(), secret, WebhookPoster.nextUpdateId(), chat,
				"вул. Василя Стуса, " + chat));
		post(this.telegramPosts.text(next.getAsInt(), secret, WebhookPoster.nextUpdateId(), chat, "0501234567"));
		for (String tap : List.of("second-phone|skip", "household|1", "needs|WALKS", "danger|no", "ready|NOW",
				"destination|UNDECIDED:have", "crew-note|skip", "summary|confirm")) {
			post(this.telegramPosts.button(next.getAsInt(), secret, WebhookPoster.nextUpdateId(), chat, 1, tap));
		}
	}

	private static void post(int status) {
		assertThat(status).isEqualTo(200);
	}

}
