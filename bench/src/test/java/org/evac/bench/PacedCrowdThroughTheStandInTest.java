package org.evac.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import okhttp3.OkHttpClient;
import org.evac.bench.residents.PacedCrowd;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak's residents without the processes: residents started one by one, each going on
 * as the bot answers, against the echo bot's answering code polling in this JVM.
 */
class PacedCrowdThroughTheStandInTest {

	@Test
	void aResidentTakesNoStepBeforeTheBotAnsweredAndNoMoreStartThanThereIsRoomFor() throws Exception {
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			PacedCrowd crowd = new PacedCrowd(telegram, 2, 700, false);
			telegram.onCall(crowd);

			assertThat(crowd.startOne()).isTrue();
			assertThat(crowd.startOne()).isTrue();
			assertThat(crowd.startOne()).as("no room for a third").isFalse();

			assertThat(crowd.started()).isEqualTo(2);
			assertThat(crowd.updates()).as("nobody answered: one /start each, nothing more").isEqualTo(2);
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
					assertThat(crowd.startOne()).isTrue();
				}
				long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				while (crowd.inProgress() > 0 && System.nanoTime() < deadline) {
					Thread.sleep(20);
				}
			}
			finally {
				polling.set(false);
				bot.join(10_000);
			}

			assertThat(crowd.filed()).isEqualTo(3);
			assertThat(crowd.inProgress()).isZero();
			assertThat(crowd.updates()).isEqualTo(3 * PacedCrowd.stepsEach());
			assertThat(crowd.turnsMs()).hasSize(3 * PacedCrowd.stepsEach());
			assertThat(Arrays.stream(crowd.turnsMs()).min().orElseThrow()).isNotNegative();
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
