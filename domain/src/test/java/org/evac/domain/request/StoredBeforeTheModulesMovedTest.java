package org.evac.domain.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bson.Document;
import org.evac.domain.i18n.Language;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installations keep the requests they stored before the classes moved to their modules'
 * packages: a stored document names its class ({@code _class}) by the old name, which no
 * longer exists, and is read as the type the query asks for.
 */
class StoredBeforeTheModulesMovedTest {

	private final TestDatabase database = new TestDatabase();

	private final Requests requests = new Requests(this.database.template(),
			Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void aRequestStoredUnderItsOldClassNameIsReadAndChanged() {
		EvacuationRequest filed = this.requests.file(7L, "7-1", Language.UK, RequestsFixtures.family());
		this.database.template()
			.getCollection("requests")
			.updateOne(new Document("number", filed.number()),
					new Document("$set", new Document("_class", "org.evac.request.EvacuationRequest")));

		EvacuationRequest read = this.requests.byNumber(filed.number()).orElseThrow();
		assertThat(read.details()).isEqualTo(filed.details());
		assertThat(this.requests.claim(read.id(), "olena")).isPresent();
		assertThat(this.requests.byId(read.id()).orElseThrow().claimedBy()).isEqualTo("olena");
	}

}
