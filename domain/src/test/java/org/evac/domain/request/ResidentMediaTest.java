package org.evac.domain.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.evac.domain.i18n.Language;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a resident sends after filing joins the request's thread, once. */
class ResidentMediaTest {

	private final TestDatabase database = new TestDatabase();

	private final Requests requests = new Requests(this.database.template(),
			Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void keepsTheFileIdOfAVoiceMessageInTheThread() {
		EvacuationRequest filed = this.requests.file(7L, "7-1", Language.UK, RequestsFixtures.family());

		this.requests.messageFromResident(7L, "u42", "", new Attachment("voice", "AwACAgIAAxkBAAI"));
		this.requests.messageFromResident(7L, "u42", "", new Attachment("voice", "AwACAgIAAxkBAAI"));

		EvacuationRequest read = this.requests.byId(filed.id()).orElseThrow();
		assertThat(read.thread()).hasSize(1);
		assertThat(read.thread().get(0).attachment()).isEqualTo(new Attachment("voice", "AwACAgIAAxkBAAI"));
		assertThat(read.thread().get(0).from()).isEqualTo(ThreadMessage.From.RESIDENT);
		assertThat(read.residentWaiting()).isTrue();
	}

	@Test
	void readsAThreadStoredBeforeAttachmentsExisted() {
		EvacuationRequest filed = this.requests.file(7L, "7-1", Language.UK, RequestsFixtures.family());
		this.requests.messageFromResident(7L, "u41", "Ми чекаємо");

		assertThat(this.requests.byId(filed.id()).orElseThrow().thread().get(0).attachment()).isNull();
	}

}
