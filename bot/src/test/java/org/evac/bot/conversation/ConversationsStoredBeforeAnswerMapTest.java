package org.evac.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.evac.domain.i18n.Language;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.request.DestinationKind;
import org.evac.domain.request.SpecialNeed;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conversation in flight, stored while the draft was a record of typed fields, goes on
 * now that the draft is a map of answers.
 */
class ConversationsStoredBeforeAnswerMapTest {

	private final TestDatabase database = new TestDatabase(Draft.STORAGE);

	private final Conversations conversations = new Conversations(this.database.template());

	@AfterEach
	void close() {
		this.database.close();
	}

	/** The draft as Spring Data wrote the record {@code Draft} of 16 fields. */
	private static Document draftAsStoredBefore() {
		return new Document("answered",
				List.of("notice", "settlement", "address", "phone", "second-phone", "household", "children", "needs",
						"destination", "destination-town"))
			.append("settlement", new Document("code", "UA14020010010059145").append("name", "Бахмут"))
			.append("oblast", new Document("code", "UA14000000000091971").append("name", "Донецька область"))
			.append("settlementCandidates", List.of())
			.append("settlementFromLocation", false)
			.append("location", new Document("lat", 48.59).append("lon", 38.0))
			.append("address", "вул. Миру, 5")
			.append("phone", "+380501234567")
			.append("householdSize", 3)
			.append("children", 1)
			.append("needs", List.of("ELDERLY"))
			.append("destinationKind", "SAFER_TOWN")
			.append("destinationTown", new Document("code", "UA14120090010038661").append("name", "Краматорськ"));
	}

	private void storeBefore(long chatId) {
		this.database.template()
			.getCollection("conversations")
			.insertOne(new Document("_id", chatId)
				.append("state",
						new Document("language", "UK").append("step", "accommodation")
							.append("draft", draftAsStoredBefore())
							.append("draftId", chatId + "-1"))
				.append("lastUpdateId", 10L)
				.append("recentUpdateIds", List.of(10L))
				.append("startedAt", java.util.Date.from(Instant.parse("2026-11-22T10:00:00Z")))
				.append("updatedAt", java.util.Date.from(Instant.parse("2026-11-22T10:05:00Z")))
				.append("version", 3L));
	}

	@Test
	void readsADraftStoredBefore() {
		storeBefore(42L);

		ConversationRecord record = this.conversations.find(42L).orElseThrow();
		Draft draft = record.state().draft();

		assertThat(record.state().language()).isEqualTo(Language.UK);
		assertThat(record.state().step()).isEqualTo(Questionnaire.ACCOMMODATION);
		assertThat(draft.isAnswered(Questionnaire.DESTINATION_TOWN)).isTrue();
		assertThat(draft.settlement()).isEqualTo(new PlaceRef("UA14020010010059145", "Бахмут"));
		assertThat(draft.location()).isEqualTo(new GeoPoint(48.59, 38.0));
		assertThat(draft.address()).isEqualTo("вул. Миру, 5");
		assertThat(draft.phone()).isEqualTo("+380501234567");
		assertThat(draft.secondPhone()).isNull();
		assertThat(draft.householdSize()).isEqualTo(3);
		assertThat(draft.children()).isEqualTo(1);
		assertThat(draft.needs()).isEqualTo(Set.of(SpecialNeed.ELDERLY));
		assertThat(draft.destinationKind()).isEqualTo(DestinationKind.SAFER_TOWN);
		assertThat(draft.destinationTown().name()).isEqualTo("Краматорськ");
		assertThat(draft.accommodationNeeded()).isNull();
	}

	@Test
	void goesOnFromWhereItWas() {
		storeBefore(42L);
		ConversationRecord before = this.conversations.find(42L).orElseThrow();
		Draft answered = before.state().draft().withAccommodationNeeded(true).answer(Questionnaire.ACCOMMODATION);

		assertThat(this.conversations.save(before, 42L, before.state().at(Questionnaire.SUMMARY, answered), 11L,
				Instant.parse("2026-11-22T10:06:00Z")))
			.isTrue();

		Draft after = this.conversations.find(42L).orElseThrow().state().draft();
		assertThat(after).isEqualTo(answered);
		assertThat(after.toDetails().settlement().name()).isEqualTo("Бахмут");
		Document stored = this.database.template()
			.getCollection("conversations")
			.find(new Document("_id", 42L))
			.first()
			.get("state", Document.class)
			.get("draft", Document.class);
		assertThat(stored.get("accommodationNeeded")).isEqualTo(true);
		assertThat(stored.get("phone")).isEqualTo("+380501234567");
	}

}
