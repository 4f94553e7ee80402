package org.evac.app;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Requests;
import org.evac.domain.request.RequestsFixtures;
import org.evac.telegramfake.AnsweredCallback;
import org.evac.telegramfake.SentMessage;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crews work from Telegram: a volunteer links their account to their Telegram user with a
 * one-time code from the page (audited, and never a resident's conversation); the «Беру»
 * button under a new request's announcement claims it atomically, tells only the tapper,
 * and sends the full request to the claimer's private chat, nothing personal to the
 * group.
 */
class CrewsWorkFromTelegramTest {

	static final long OLENAS_TELEGRAM = 7700001;

	static final long SOMEONE_ELSE = 7700002;

	static final long TARASS_TELEGRAM = 7700003;

	static final long GROUP = -1007700000000L;

	static final Duration WAIT = Duration.ofSeconds(20);

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "evac.volunteer-chat.chat-id=" + GROUP);
		admin = Volunteer.admin(evac);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	static String text(String key, Object... args) {
		return evac.bean(Messages.class).text(Language.UK, key, args);
	}

	@Test
	void aCodeFromThePageSentToTheBotLinksTheAccountOnceAndUnlinkingWorks() {
		Volunteer olena = admin.createVolunteer("olena", "VOLUNTEER");
		assertThat(olena.get("/api/me/telegram").json().get("linked").asBoolean()).isFalse();
		String code = olena.post("/api/me/telegram/code").json().get("code").asText();

		telegram.sendText(OLENAS_TELEGRAM, code);

		telegram.awaitMessageContaining(OLENAS_TELEGRAM, text("crew.linked", "olena"), WAIT);
		assertThat(olena.get("/api/me/telegram").json().get("linked").asBoolean()).isTrue();
		assertThat(admin.get("/api/audit?account=olena").body()).contains("TELEGRAM_LINKED");
		assertThat(evac.mongo().getCollection("conversations").countDocuments(new Document("chatId", OLENAS_TELEGRAM)))
			.isZero();

		telegram.sendText(SOMEONE_ELSE, code);
		telegram.awaitMessageContaining(SOMEONE_ELSE, text("crew.code-unknown"), WAIT);

		assertThat(olena.delete("/api/me/telegram").status()).isEqualTo(204);
		assertThat(olena.get("/api/me/telegram").json().get("linked").asBoolean()).isFalse();
		assertThat(admin.get("/api/audit?account=olena").body()).contains("TELEGRAM_UNLINKED");
	}

	static void link(Volunteer volunteer, long telegramUser) {
		String code = volunteer.post("/api/me/telegram/code").json().get("code").asText();
		telegram.sendText(telegramUser, code);
		telegram.awaitMessageContaining(telegramUser, text("crew.linked", volunteer.username()), WAIT);
	}

	static List<AnsweredCallback> awaitAnswers(int atLeast) throws InterruptedException {
		Instant deadline = Instant.now().plus(WAIT);
		while (telegram.answeredCallbacks().size() < atLeast && Instant.now().isBefore(deadline)) {
			Thread.sleep(50); // polling for the condition, not timing it
		}
		return telegram.answeredCallbacks();
	}

	@Test
	void ofTwoVolunteersTappingBeruOneWinsAndGetsTheCardPrivatelyAndTheGroupSeesNothingPersonal()
			throws InterruptedException {
		Volunteer maria = admin.createVolunteer("maria", "VOLUNTEER");
		Volunteer taras = admin.createVolunteer("taras", "VOLUNTEER");
		link(maria, OLENAS_TELEGRAM + 100);
		link(taras, TARASS_TELEGRAM);
		EvacuationRequest filed = evac.bean(Requests.class)
			.file(7700100, "crew-1", Language.UK, RequestsFixtures.family());
		SentMessage announced = telegram.awaitMessageContaining(GROUP, filed.number(), WAIT);
		int before = telegram.answeredCallbacks().size();

		telegram.pressGroupButton(GROUP, OLENAS_TELEGRAM + 100, announced.messageId(), "take:" + filed.number());
		telegram.pressGroupButton(GROUP, TARASS_TELEGRAM, announced.messageId(), "take:" + filed.number());
		telegram.pressGroupButton(GROUP, SOMEONE_ELSE + 500, announced.messageId(), "take:" + filed.number());

		List<String> answers = awaitAnswers(before + 3).subList(before, before + 3)
			.stream()
			.map(AnsweredCallback::text)
			.toList();
		String holder = admin.get("/api/requests/" + filed.id()).json().get("claimedBy").asText();
		assertThat(holder).isIn("maria", "taras");
		assertThat(answers).containsExactlyInAnyOrder(text("crew.yours", filed.number()), text("crew.taken", holder),
				text("crew.not-linked"));
		long holdersTelegram = holder.equals("maria") ? OLENAS_TELEGRAM + 100 : TARASS_TELEGRAM;
		SentMessage card = telegram.awaitMessageContaining(holdersTelegram, filed.number(), WAIT);
		assertThat(card.text()).contains("вул. Миру, 5", "+380501234567", "openstreetmap.org");
		assertThat(telegram.messagesTo(GROUP)).noneMatch(m -> m.text().contains("Миру") || m.text().contains("+380"));
		assertThat(admin.get("/api/audit?account=" + holder).body()).contains("CLAIM", "READ_REQUEST");
	}

}
