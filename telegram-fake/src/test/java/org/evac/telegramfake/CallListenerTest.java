package org.evac.telegramfake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a load generator needs beyond the tests' await helpers: to hear of each call as it
 * is answered, to act on it at once, and when the bot first polled.
 */
class CallListenerTest {

	private static final long CHAT = 4242L;

	private FakeTelegramApi fake;

	private OkHttpTelegramClient client;

	@BeforeEach
	void start() {
		this.fake = FakeTelegramApi.start();
		OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(40)).build();
		this.client = new OkHttpTelegramClient(http, "123:abc",
				new TelegramUrl("http", "127.0.0.1", this.fake.port(), false));
	}

	@AfterEach
	void stop() {
		this.fake.close();
	}

	@Test
	void theListenerHearsEachCallWithItsAnswerBeforeTheBotDoes() throws Exception {
		List<ApiCall> heard = new CopyOnWriteArrayList<>();
		this.fake.onCall(heard::add);
		this.fake.enforceLimits(30, 1, 1);
		Instant before = Instant.now();

		this.client.execute(SendMessage.builder().chatId(CHAT).text("first").build());
		assertThatThrownBy(() -> this.client.execute(SendMessage.builder().chatId(CHAT).text("second").build()))
			.isInstanceOf(TelegramApiRequestException.class);

		assertThat(heard).extracting(ApiCall::method, ApiCall::chatId, ApiCall::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sendMessage", CHAT, 200),
					org.assertj.core.groups.Tuple.tuple("sendMessage", CHAT, 429));
		assertThat(heard.get(0).params().path("text").asText()).isEqualTo("first");
		assertThat(heard.get(0).at()).isAfterOrEqualTo(before);
		assertThat(this.fake.tooManyRequestsAnswered()).isEqualTo(1);
	}

	@Test
	void theListenerMayAnswerAsTheResidentAtOnce() throws Exception {
		this.fake.onCall((call) -> this.fake.sendText(call.chatId(), "thanks"));

		this.client.execute(SendMessage.builder().chatId(CHAT).text("Where are you?").build());

		List<Update> updates = this.client.execute(GetUpdates.builder().timeout(0).build());
		assertThat(updates).hasSize(1);
		assertThat(updates.get(0).getMessage().getText()).isEqualTo("thanks");
	}

	@Test
	void aRemovedOrResetListenerHearsNothing() throws Exception {
		List<ApiCall> heard = new CopyOnWriteArrayList<>();
		this.fake.onCall(heard::add);
		this.fake.reset();
		this.client.execute(SendMessage.builder().chatId(CHAT).text("after reset").build());
		this.fake.onCall(heard::add);
		this.fake.onCall(null);
		this.client.execute(SendMessage.builder().chatId(CHAT).text("after removal").build());

		assertThat(heard).isEmpty();
	}

	@Test
	void remembersWhenTheBotFirstAskedForUpdatesUntilReset() throws Exception {
		assertThat(this.fake.firstGetUpdatesAt()).isEmpty();
		Instant before = Instant.now();

		this.client.execute(GetUpdates.builder().timeout(0).build());
		Instant first = this.fake.firstGetUpdatesAt().orElseThrow();
		this.client.execute(GetUpdates.builder().timeout(0).build());

		assertThat(first).isAfterOrEqualTo(before);
		assertThat(this.fake.firstGetUpdatesAt()).contains(first);
		this.fake.reset();
		assertThat(this.fake.firstGetUpdatesAt()).isEmpty();
	}

}
