package org.evac.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import okhttp3.OkHttpClient;
import org.evac.bench.residents.PacedCrowd;
import org.evac.bench.residents.Script;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak's residents without the processes: updates offered one at a time, each either
 * the next step of a resident the bot answered or a new resident's first, against the
 * echo bot's answering code polling in this JVM.
 */
class PacedCrowdThroughTheStandInTest {

	@Test
	void aResidentGoesOnOnlyOnceAnsweredAndNewOnesStartWhileNobodyIsWaiting() throws Exception {
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			PacedCrowd crowd = new PacedCrowd(telegram, 2, 700, false);
			telegram.onCall(crowd);

			assertThat(crowd.offerOne(true)).as("the first resident's /start").isTrue();
			assertThat(crowd.offerOne(true)).as("nobody answered yet: a second resident").isTrue();
			assertThat(crowd.offerOne(true)).as("no room for a third, and nobody answered").isFalse();
			assertThat(crowd.started()).isEqualTo(2);
			assertThat(crowd.updates()).isEqualTo(2);
			assertThat(telegram.pendingUpdates()).isEqualTo(2);
		}
	}

	@Test
	void everyResidentStartedFilesTheirRequestAndEveryTurnIsTimed() throws Exception {
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			PacedCrowd crowd = new PacedCrowd(telegram, 3, 800, false);
			telegram.onCall(crowd);
			AtomicBoolean polling = new AtomicBoolean(true);
			Thread bot = echoBot(telegram, polling);
			try {
				for (int i = 0; i < 3; i++) {
					assertThat(crowd.offerOne(true)).isTrue();
				}
				long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				while (crowd.inProgress() > 0 && System.nanoTime() < deadline) {
					if (!crowd.offerOne(false)) {
						Thread.onSpinWait();
					}
				}
			}
			finally {
				polling.set(false);
				bot.join(10_000);
			}

			assertThat(crowd.filed()).isEqualTo(3);
			assertThat(crowd.inProgress()).isZero();
			assertThat(crowd.updates()).isEqualTo(3 * Script.length());
			assertThat(crowd.turnsMs()).hasSize(3 * Script.length());
			assertThat(java.util.Arrays.stream(crowd.turnsMs()).min().orElseThrow()).isNotNegative();
			assertThat(crowd.offerOne(false)).as("nobody is left waiting").isFalse();
		}
	}

	private static Thread echoBot(FakeTelegramApi telegram, AtomicBoolean polling) {
		OkHttpTelegramClient client = new OkHttpTelegramClient(
				new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build(), "123:bench",
				new TelegramUrl("http", "127.0.0.1", telegram.port(), false));
		EchoBot echo = new EchoBot(client);
		Thread thread = new Thread(() -> {
			int offset = 0;
			while (polling.get()) {
				try {
					List<Update> updates = client.execute(GetUpdates.builder().offset(offset).timeout(1).build());
					for (Update update : updates) {
						echo.consume(update);
						offset = update.getUpdateId() + 1;
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
		}, "echo-bot");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

}
