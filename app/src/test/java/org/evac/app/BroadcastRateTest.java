package org.evac.app;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import org.evac.app.testing.RunningEvac;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A thousand notices to different chats all go out, once each, and never faster than the
 * configured rate in any second: Telegram refuses none. How close to the rate they run is
 * measured by the benchmark (and printed here), not asserted.
 */
class BroadcastRateTest {

	private static final int RATE = 100;

	private static final int NOTICES = 1000;

	@Test
	void aBroadcastReachesEveryoneOnceWithinTheGlobalLimit() {
		try (FakeTelegramApi telegram = FakeTelegramApi.start();
				RunningEvac evac = RunningEvac.start(telegram, "--evac.delivery.max-per-second=" + RATE)) {
			telegram.enforceLimits(RATE, 1);
			List<OutgoingMessage> notices = LongStream.range(0, NOTICES)
				.mapToObj(
						i -> OutgoingMessage.send(5000 + i, "Evacuation buses leave at 10:00", Keyboard.NONE, "notice"))
				.toList();

			evac.bean(Outbox.class).enqueue("broadcast", notices);

			await().atMost(Duration.ofSeconds(60)).until(() -> telegram.sendTimestamps().size() >= NOTICES);
			List<Instant> sent = telegram.sendTimestamps();
			double seconds = Duration.between(sent.get(0), sent.get(sent.size() - 1)).toNanos() / 1e9;
			double achieved = (sent.size() - 1) / seconds;
			System.out.printf("broadcast: %d notices in %.2f s = %.1f/s (limit %d/s)%n", sent.size(), seconds, achieved,
					RATE);

			assertThat(telegram.tooManyRequestsAnswered()).isZero();
			assertThat(telegram.maxSentWithin(Duration.ofSeconds(1))).isLessThanOrEqualTo(RATE);
			assertThat(telegram.allMessages()).extracting(m -> m.chatId()).doesNotHaveDuplicates().hasSize(NOTICES);
		}
	}

}
