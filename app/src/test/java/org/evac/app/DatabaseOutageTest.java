package org.evac.app;

import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.evac.app.testing.CuttableProxy;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the database goes away, residents hear that their answers are kept, nothing is
 * confirmed to Telegram, health says DOWN; when it comes back, evac carries on by itself.
 */
class DatabaseOutageTest {

	private static final Duration WAIT = Duration.ofSeconds(40);

	private final Messages messages = new Messages();

	@Test
	void updatesWaitForTheDatabaseAndResidentsAreToldWhy() throws Exception {
		MongoServer database = new MongoServer(new MemoryBackend());
		database.bind();
		long chat = 4001L;
		try (FakeTelegramApi telegram = FakeTelegramApi.start();
				CuttableProxy proxy = new CuttableProxy(database.getLocalAddress().getPort());
				RunningEvac evac = RunningEvac.start(telegram, "--evac.database.uri=mongodb://127.0.0.1:" + proxy.port()
						+ "/evac?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=3000")) {
			int start = telegram.sendText(chat, "/start");
			telegram.awaitConfirmed(start, WAIT);
			telegram.awaitMessageContaining(chat, text("notice").substring(0, 30), WAIT);

			proxy.cut();
			int tap = telegram.pressButtonLabeled(chat, text("who.SELF"));

			telegram.awaitMessageContaining(chat, text("db.unavailable"), WAIT);
			assertThat(telegram.confirmedUpTo()).isLessThan(tap);
			await().atMost(WAIT).until(() -> evac.get("/actuator/health", null, null).status() == 503);

			proxy.mend();

			telegram.awaitConfirmed(tap, WAIT);
			telegram.awaitMessageContaining(chat, text("settlement.ask").substring(0, 20), WAIT);
			await().atMost(WAIT).until(() -> evac.get("/actuator/health", null, null).status() == 200);
		}
		finally {
			database.shutdownNow();
		}
	}

	private String text(String key) {
		return this.messages.text(Language.UK, key);
	}

}
