package org.evac.app;

import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.app.testing.Volunteer.Reply;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone guessing passwords over HTTP: after ten wrong ones in a minute evac answers 429
 * and stops checking passwords for a while (its own application: the lock-out would get
 * in the way of other tests from the same address).
 */
class LoginThrottlingTest {

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	@Test
	void tenWrongPasswordsInAMinuteLockTheAccountOut() {
		Volunteer olena = Volunteer.admin(evac).createVolunteer("olena", "VOLUNTEER");
		Volunteer guesser = new Volunteer(evac.port(), "olena", "wrong-password");
		for (int i = 0; i < 10; i++) {
			assertThat(guesser.get("/api/me").status()).isEqualTo(401);
		}

		Reply locked = olena.get("/api/me");
		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.contentType()).startsWith("application/problem+json");
		assertThat(locked.json().get("detail").asText()).startsWith("Too many failed logins");
	}

}
