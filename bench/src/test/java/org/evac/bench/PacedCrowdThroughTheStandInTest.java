package org.evac.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import org.evac.bench.residents.PacedCrowd;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.Test;

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
			Thread bot = CrowdThroughTheStandInTest.echoBot(telegram, polling);
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

}
