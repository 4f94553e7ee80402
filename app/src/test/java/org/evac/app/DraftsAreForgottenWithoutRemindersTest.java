package org.evac.app;

import org.bson.Document;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.bot.followup.DraftSweep;
import org.evac.domain.i18n.Language;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A half-filled request is forgotten after {@code evac.retention.draft-after} also where
 * reminders are switched off (here the period is zero, so the next sweep forgets it).
 */
class DraftsAreForgottenWithoutRemindersTest {

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "evac.reminders.enabled=false", "evac.retention.draft-after=PT0S");
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	@Test
	void aStaleDraftIsForgottenWithRemindersOff() {
		Resident resident = new Resident(telegram, 7301, Language.UK, evac);
		resident.says("/start");
		resident.tapsLabelOf("who.SELF");
		resident.says("Краматорськ");
		resident.says("вул. Бузкова, 12");
		assertThat(conversation(resident)).contains("Бузкова");

		assertThat(evac.bean(DraftSweep.class).sweep()).isEqualTo(1);

		assertThat(conversation(resident)).doesNotContain("Бузкова");
	}

	private static String conversation(Resident resident) {
		return evac.mongo().findById(resident.chatId(), Document.class, "conversations").toJson();
	}

}
