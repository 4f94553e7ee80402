package org.evac.app;

import org.evac.app.testing.PageSession;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator disables a volunteer while the volunteer's page is open: the page's
 * session ends at its next call, not when it idles out (it never does: it refreshes).
 */
class SessionsEndWithTheirAccountTest {

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram);
		admin = Volunteer.admin(evac);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	@Test
	void aDisabledVolunteersPageGets401OnItsNextCall() {
		admin.createVolunteer("petro", "VOLUNTEER");
		PageSession page = PageSession.login(evac, "petro", "petro-password-123");
		assertThat(page.get("/api/requests").status()).isEqualTo(200);

		assertThat(admin.delete("/api/volunteers/petro").status()).isEqualTo(204);

		assertThat(page.get("/api/requests").status()).isEqualTo(401);
		assertThat(page.get("/api/me").status()).isEqualTo(401);
	}

}
