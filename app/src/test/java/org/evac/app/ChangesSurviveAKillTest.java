package org.evac.app;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.evac.app.testing.ChatWalk;
import org.evac.app.testing.DiesBeforeWriting;
import org.evac.app.testing.EvacProcess;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A volunteer's change, its audit record and the resident's notice are kept together: a
 * process killed between writing them loses none and doubles none once it is back. The
 * process dies at the instant it is about to write the audit record, or the notice, of a
 * status change.
 */
class ChangesSurviveAKillTest {

	private static final long RESIDENT = 3301L;

	/**
	 * After the restart, what was left behind is written out at once. The restart runs in
	 * the test's JVM (only the killed process needs one of its own), with the outbox's
	 * lease the process had.
	 */
	private static final String[] AFTER = { "--evac.effects.left-behind-after=0s", "--evac.outbox.lease=3s" };

	@Test
	void aChangeKilledBeforeItsAuditRecordIsAuditedAndToldOnceAfterTheRestart(@TempDir Path data) throws Exception {
		killedWhileChanging(data, DiesBeforeWriting.settings("audit", "CHANGE_STATUS"));
	}

	@Test
	void aChangeKilledBeforeItsNoticeIsToldAndAuditedOnceAfterTheRestart(@TempDir Path data) throws Exception {
		killedWhileChanging(data, DiesBeforeWriting.settings("outbox", "\"status:"));
	}

	private void killedWhileChanging(Path data, String[] dying) throws Exception {
		Path log = data.resolve("evac.log");
		try (FakeTelegramApi telegram = FakeTelegramApi.start()) {
			ChatWalk resident = new ChatWalk(telegram, RESIDENT);
			EvacProcess first = EvacProcess.start(telegram, data.resolve("db"), log, dying);
			String id;
			String number;
			try {
				resident.toTheAddress("Краматорськ", "Kramatorsk");
				number = resident.fromTheAddressToFiled("Street 1", "+380 50 765 43 21");
				Volunteer admin = admin(first);
				id = admin.get("/api/requests/" + number).json().get("id").asText();

				assertThatThrownBy(() -> admin.post("/api/requests/" + id + "/status", "{\"status\":\"IN_PROGRESS\"}"))
					.as("the process dies while answering")
					.isInstanceOf(IllegalStateException.class);
				assertThat(first.awaitExit(Duration.ofSeconds(30))).isTrue();
			}
			finally {
				first.kill();
			}
			String notice = resident.text("notice.status.IN_PROGRESS", number);
			assertThat(resident.received(notice)).isZero();

			try (RunningEvac second = RunningEvac.start(telegram, data.resolve("db"), AFTER)) {
				resident.awaitsMessageContaining(notice);
				Volunteer admin = Volunteer.admin(second);
				await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);

				assertThat(resident.received(notice)).as("the notice, once").isEqualTo(1);
				JsonNode request = admin.get("/api/requests/" + id).json();
				assertThat(request.get("status").asText()).isEqualTo("IN_PROGRESS");
				JsonNode audit = admin.get("/api/audit?request=" + id).json();
				long changes = 0;
				for (JsonNode entry : audit) {
					changes += "CHANGE_STATUS".equals(entry.get("action").asText()) ? 1 : 0;
				}
				assertThat(changes).as("the audit record, once: %s", audit).isEqualTo(1);
			}
		}
	}

	private static Volunteer admin(EvacProcess evac) {
		return new Volunteer(evac.port(), "admin", RunningEvac.ADMIN_PASSWORD);
	}

}
