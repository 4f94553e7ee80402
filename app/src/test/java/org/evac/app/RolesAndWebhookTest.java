package org.evac.app;

import java.time.Duration;

import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.WebhookPoster;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.outbox.Dispatcher;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One jar, several shapes: roles choose what runs; a webhook replaces polling. */
class RolesAndWebhookTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final Messages messages = new Messages();

	private final WebhookPoster telegramPosts = new WebhookPoster();

	private String notice() {
		return this.messages.text(Language.UK, "notice").substring(0, 40);
	}

	private static String[] webhook(String... more) {
		String[] base = { "--evac.telegram.webhook-url=https://evac.example.org/telegram/webhook",
				"--evac.telegram.webhook-secret=" + WebhookPoster.SECRET };
		String[] all = new String[base.length + more.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	@Test
	void aWebhookWithTheRightSecretIsProcessedAndNothingPolls() {
		try (FakeTelegramApi telegram = FakeTelegramApi.start();
				RunningEvac evac = RunningEvac.start(telegram, webhook())) {
			// (setWebhook goes as multipart, which the stand-in does not read: the 401
			// test proves the secret)
			assertThat(telegram.calls("setWebhook")).hasSize(1)
				.allSatisfy(call -> assertThat(call.status()).isEqualTo(200));

			int status = this.telegramPosts.text(evac.port(), WebhookPoster.SECRET, WebhookPoster.nextUpdateId(), 6001L,
					"/start");

			assertThat(status).isEqualTo(200);
			telegram.awaitMessageContaining(6001L, notice(), WAIT);
			assertThat(telegram.getUpdatesCalls()).isZero();
			assertThat(evac.get("/actuator/health").body().at("/components/telegram/status").asText()).isEqualTo("UP");
		}
	}

	@Test
	void aWebhookPostWithoutTheRightSecretOrTooLargeIsRefusedAndStoresNothing() {
		try (FakeTelegramApi telegram = FakeTelegramApi.start();
				RunningEvac evac = RunningEvac.start(telegram, webhook())) {
			int wrong = this.telegramPosts.text(evac.port(), "not-the-secret-0123456789", WebhookPoster.nextUpdateId(),
					6002L, "/start");
			int missing = this.telegramPosts.text(evac.port(), null, WebhookPoster.nextUpdateId(), 6002L, "/start");

			String huge = "{\"update_id\":1,\"padding\":\"" + "x".repeat(1536 * 1024) + "\"}";
			int hugeWithoutSecret = this.telegramPosts.post(evac.port(), null, huge);
			int hugeWithSecret = this.telegramPosts.post(evac.port(), WebhookPoster.SECRET, huge);

			assertThat(wrong).isEqualTo(401);
			assertThat(missing).isEqualTo(401);
			assertThat(hugeWithoutSecret).isEqualTo(401);
			assertThat(hugeWithSecret).isEqualTo(413);
			assertThat(evac.mongo().getCollection("conversations").countDocuments()).isZero();
			telegram.assertNoMessagesTo(6002L, Duration.ofSeconds(1));
		}
	}

	@Test
	void aBotOnlyInstanceTalksToResidentsAndServesNoAdminApi() {
		try (FakeTelegramApi telegram = FakeTelegramApi.start();
				RunningEvac evac = RunningEvac.start(telegram, "--evac.roles=bot")) {
			telegram.sendText(6003L, "/start");

			telegram.awaitMessageContaining(6003L, notice(), WAIT);
			assertThat(evac.get("/api/requests").status()).isEqualTo(403);
			assertThat(evac.get("/actuator/health", null, null).status()).isEqualTo(200);
		}
	}

	@Test
	void anAdminOnlyInstanceServesTheApiAndLeavesTelegramAlone() throws InterruptedException {
		try (FakeTelegramApi telegram = FakeTelegramApi.start();
				RunningEvac evac = RunningEvac.start(telegram, "--evac.roles=admin")) {
			Thread.sleep(1000);

			assertThat(evac.get("/api/requests").status()).isEqualTo(200);
			assertThat(telegram.getUpdatesCalls()).isZero();
			assertThat(evac.hasBean(Dispatcher.class)).isFalse();
		}
	}

	@Test
	void theSameUpdatePostedToTwoInstancesAtOnceIsAppliedOnce() throws Exception {
		de.bwaldvogel.mongo.MongoServer database = new de.bwaldvogel.mongo.MongoServer(
				new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
		String uri = "--evac.database.uri=" + database.bindAndGetConnectionString() + "/evac";
		try (FakeTelegramApi telegram = FakeTelegramApi.start();
				RunningEvac first = RunningEvac.start(telegram, webhook(uri));
				RunningEvac second = RunningEvac.start(telegram, webhook(uri))) {
			long chat = 6004L;
			int start = WebhookPoster.nextUpdateId();
			var both = java.util.concurrent.Executors.newFixedThreadPool(2);
			var a = both
				.submit(() -> this.telegramPosts.text(first.port(), WebhookPoster.SECRET, start, chat, "/start"));
			var b = both
				.submit(() -> this.telegramPosts.text(second.port(), WebhookPoster.SECRET, start, chat, "/start"));

			assertThat(a.get()).isEqualTo(200);
			assertThat(b.get()).isEqualTo(200);
			telegram.awaitMessageContaining(chat, notice(), WAIT);
			var conversation = first.mongo().findById(chat, org.evac.bot.conversation.ConversationRecord.class);
			assertThat(conversation.version()).as("applied once").isEqualTo(1);
			assertThat(conversation.state().step()).isEqualTo("who");
			// Both may answer if one had sent and removed its reply before the other
			// queued
			// the same one (README: the resend windows); the update itself counts once.
			assertThat(telegram.messagesTo(chat)).hasSizeBetween(1, 2);
			both.shutdown();
		}
		finally {
			database.shutdownNow();
		}
	}

}
