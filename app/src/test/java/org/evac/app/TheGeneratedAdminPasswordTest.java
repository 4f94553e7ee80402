package org.evac.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first coordinator's generated password went through a console (and so, maybe, a
 * log): it is shown once, with a word to change it, and it opens nothing but the change.
 */
class TheGeneratedAdminPasswordTest {

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static String console;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		PrintStream original = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(new Tee(original, printed), true, StandardCharsets.UTF_8));
		try {
			evac = RunningEvac.start(telegram, "evac.admin.password=");
		}
		finally {
			System.setOut(original);
		}
		console = printed.toString(StandardCharsets.UTF_8);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	@Test
	void theGeneratedPasswordOpensNothingButItsChange() {
		Matcher shown = Pattern.compile("password: (\\S+)").matcher(console);
		assertThat(shown.find()).isTrue();
		String generated = shown.group(1);
		assertThat(console).contains("change it now");
		Volunteer admin = new Volunteer(evac.port(), "admin", generated);

		assertThat(admin.get("/api/me").json().get("mustChangePassword").asBoolean()).isTrue();
		Volunteer.Reply refused = admin.get("/api/requests");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asText()).contains("Change the generated password first");

		assertThat(admin.post("/api/me/password", "{\"current\":\"%s\",\"next\":\"too-short\"}".formatted(generated))
			.status()).isEqualTo(400);
		assertThat(admin.post("/api/me/password", "{\"current\":\"wrong-one-123\",\"next\":\"a-long-new-password\"}")
			.status()).isEqualTo(403);
		assertThat(admin
			.post("/api/me/password", "{\"current\":\"%s\",\"next\":\"a-long-new-password\"}".formatted(generated))
			.status()).isEqualTo(204);

		Volunteer changed = new Volunteer(evac.port(), "admin", "a-long-new-password");
		assertThat(changed.get("/api/requests").status()).isEqualTo(200);
		assertThat(changed.get("/api/me").json().get("mustChangePassword").asBoolean()).isFalse();
		assertThat(admin.get("/api/me").status()).isEqualTo(401);
		assertThat(evac.mongo()
			.getCollection("audit")
			.countDocuments(new Document("action", "PASSWORD_CHANGED").append("account", "admin"))).isEqualTo(1);
	}

	/** Writes to the console and keeps a copy. */
	private static final class Tee extends OutputStream {

		private final OutputStream first;

		private final OutputStream second;

		Tee(OutputStream first, OutputStream second) {
			this.first = first;
			this.second = second;
		}

		@Override
		public void write(int b) throws IOException {
			this.first.write(b);
			this.second.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.first.write(bytes, offset, length);
			this.second.write(bytes, offset, length);
		}

	}

}
