package org.evac.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import okhttp3.OkHttpClient;
import org.evac.bench.residents.Crowd;
import org.evac.bench.residents.CrowdOutcome;
import org.evac.bench.residents.Script;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residents scenario's machinery without the processes: a crowd driven by the
 * stand-in's call listener, against the echo bot's own answering code polling in this
 * JVM.
 */
class CrowdThroughTheStandInTest {

	@Test
	void everyResidentGetsThroughTheScriptAndEveryTurnIsTimed() throws Exception {
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			telegram.enforceLimits(ResidentsScenario.RAISED_GLOBAL, ResidentsScenario.RAISED_PER_CHAT,
					ResidentsScenario.RAISED_PER_CHAT);
			Crowd crowd = new Crowd(telegram, 3, 500, false);
			telegram.onCall(crowd);
			AtomicBoolean polling = new AtomicBoolean(true);
			Thread bot = echoBot(telegram, polling);
			try {
				crowd.start();
				assertThat(crowd.await(Duration.ofSeconds(60))).isTrue();
			}
			finally {
				polling.set(false);
				bot.join(10_000);
			}

			CrowdOutcome outcome = crowd.outcome();
			assertThat(outcome.finished()).isEqualTo(3);
			assertThat(outcome.turns()).isEqualTo(3 * Script.length());
			assertThat(outcome.latenciesMs()).hasSize(3 * Script.length());
			assertThat(outcome.latenciesMs()[0]).as("the smallest latency").isNotNegative();
			assertThat(outcome.seconds()).isPositive();
			assertThat(crowd.messagesPerFiledRequest()).isEqualTo(Script.length());
			assertThat(telegram.tooManyRequestsAnswered()).isZero();
			assertThat(telegram.firstGetUpdatesAt()).isPresent();
		}
	}

	/** The bench's echo bot, long-polling the stand-in until {@code polling} ends. */
	static Thread echoBot(FakeTelegramApi telegram, AtomicBoolean polling) {
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
