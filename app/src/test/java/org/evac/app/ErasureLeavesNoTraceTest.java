package org.evac.app;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.evac.app.testing.Filing;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.i18n.Language;
import org.evac.domain.retention.Retention;
import org.evac.outbox.OutboxMessage;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.Fault;
import org.evac.telegramfake.FaultRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A resident's words, phone and address are gone from everything evac keeps once they
 * send /delete, and once the retention period after closing has passed (here it is zero,
 * so closing is enough): the request, its history, the outbox, the reminders.
 */
class ErasureLeavesNoTraceTest {

	static final Duration WAIT = Duration.ofSeconds(15);

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static Volunteer admin;

	@BeforeAll
	static void start() {
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram, "evac.retention.closed-after=P0D");
		admin = Volunteer.admin(evac);
	}

	@AfterAll
	static void stop() {
		evac.close();
		telegram.close();
	}

	@AfterEach
	void deliverAgain() {
		telegram.clearFault();
	}

	@Test
	void afterDeleteNothingHoldsTheResidentsWords() {
		Resident resident = new Resident(telegram, 7101, Language.UK, evac);
		String id = aRequestFullOfPersonalText(resident, "050 777 12 34", "вул. Липова, 17", "Липов");

		resident.says("/delete");
		resident.tapsLabelOf("delete.yes");

		assertThat(everythingKeptFor(id, resident.chatId())).doesNotContain("7771234", "777 12 34", "Липов", "діабет")
			.contains("\"erased\": true");
	}

	@Test
	void afterTheRetentionPeriodNothingHoldsTheResidentsWords() {
		Resident resident = new Resident(telegram, 7102, Language.UK, evac);
		String id = aRequestFullOfPersonalText(resident, "050 888 45 67", "вул. Вишнева, 3", "Вишнев");
		String path = "/api/requests/" + id;
		assertThat(admin.post(path + "/status", "{\"status\":\"EVACUATED\",\"note\":\"Вишнева: вивезли\"}").status())
			.isEqualTo(200);
		assertThat(admin.post(path + "/notes", "{\"text\":\"Вишнева 3: ключ у сусідки\"}").status())
			.as("a closed request takes no note")
			.isEqualTo(409);

		evac.bean(Retention.class).run();

		assertThat(everythingKeptFor(id, resident.chatId())).doesNotContain("8884567", "888 45 67", "Вишнев", "діабет")
			.contains("\"erased\": true");
	}

	/**
	 * Files a request, writes about it in every place evac has for text, and leaves one
	 * notice undeliverable in the outbox. Returns the request's id.
	 */
	private static String aRequestFullOfPersonalText(Resident resident, String phone, String address, String street) {
		String number = Filing.files(resident, "Краматорськ", address, phone);
		String id = admin.get("/api/requests/" + number).json().get("id").asText();
		String path = "/api/requests/" + id;
		resident.says("У бабусі діабет, " + street + "а вулиця, другий під'їзд");
		assertThat(admin.post(path + "/claim").status()).isEqualTo(200);
		assertThat(admin.post(path + "/notes", "{\"text\":\"" + street + "а: бабуся з діабетом\"}").status())
			.isEqualTo(200);
		assertThat(admin.post(path + "/status", "{\"status\":\"IN_PROGRESS\",\"note\":\"телефон " + phone + "\"}")
			.status()).isEqualTo(200);

		telegram.setFault(FaultRule.forChat(resident.chatId(), "sendMessage", Fault.blocked()));
		assertThat(admin
			.post(path + "/status",
					"{\"status\":\"SCHEDULED\",\"note\":\"" + street + "а, ворота\",\"pickupPlace\":\"" + street
							+ "а вулиця, біля аптеки\",\"pickupAt\":\"2026-12-24T07:00:00Z\"}")
			.status()).isEqualTo(200);
		await().atMost(WAIT)
			.until(() -> evac.mongo()
				.count(Query
					.query(Criteria.where("chatId").is(resident.chatId()).and("state").is(OutboxMessage.State.FAILED)),
						OutboxMessage.class) > 0);
		telegram.clearFault();
		assertThat(everythingKeptFor(id, resident.chatId())).contains(street, "діабет");
		return id;
	}

	/** The request, what the outbox holds for the chat, the chat's reminders, as JSON. */
	private static String everythingKeptFor(String requestId, long chatId) {
		StringBuilder kept = new StringBuilder();
		kept.append(evac.mongo().findById(requestId, Document.class, "requests").toJson());
		for (String collection : List.of("outbox", "reminders")) {
			evac.mongo()
				.find(Query.query(Criteria.where("chatId").is(chatId)), Document.class, collection)
				.forEach(d -> kept.append('\n').append(d.toJson()));
		}
		return kept.toString();
	}

}
