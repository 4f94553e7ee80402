package org.evac.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.evac.domain.i18n.Language;
import org.evac.domain.testing.TestDatabase;
import org.evac.outbox.GroupCommit;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutboxListener;
import org.evac.outbox.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an answered update costs the database, counted on the wire: four round trips (the
 * conversation read, a look for replies another instance holds for the chat, the replies
 * queued, the conversation written), none of them waiting for the disk; a batch of
 * updates is made durable by one commit, and only then do its replies go to the sender.
 */
class TurnRoundTripsTest {

	/** The batch's commit: one write that waits for the journal. */
	private static final String COMMIT = "update commitMarks (journaled)";

	private final TestDatabase database = new TestDatabase(Draft.STORAGE);

	private final Commands commands = new Commands();

	private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
		.applyConnectionString(new ConnectionString(this.database.uri()))
		.addCommandListener(this.commands)
		.build());

	private final MongoTemplate mongo = new MongoTemplate(
			new SimpleMongoClientDatabaseFactory(this.client, this.database.template().getDb().getName()),
			this.database.template().getConverter());

	private final List<OutboxMessage> handedOver = Collections.synchronizedList(new ArrayList<>());

	private final GroupCommit commits = new GroupCommit(this.mongo);

	private final ResidentConversations conversations;

	TurnRoundTripsTest() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", new OutboxListener() {

			@Override
			public String instanceId() {
				return "this-instance";
			}

			@Override
			public void queued(List<OutboxMessage> messages) {
				TurnRoundTripsTest.this.handedOver.addAll(messages);
			}

		});
		Outbox outbox = new Outbox(this.mongo, Clock.systemUTC(), beans.getBeanProvider(OutboxListener.class),
				Duration.ofSeconds(30));
		this.conversations = new ResidentConversations(new TestBot().engine, new Conversations(this.mongo), outbox,
				Clock.systemUTC());
	}

	@AfterEach
	void close() {
		this.client.close();
		this.database.close();
	}

	@Test
	void everyAnswerOnTheWayToTheSummaryCostsFourRoundTripsThatDoNotWaitForTheDisk() {
		List<Turn> walk = walkToTheSummary(Resident.CHAT_ID);

		for (Turn turn : walk) {
			GroupCommit.Batch batch = this.commits.begin();
			this.commands.clear();

			this.conversations.apply(turn, "uk", callbackOf(turn), batch);

			assertThat(this.commands.seen()).as("update %d (%s)", turn.updateId(), turn.incoming())
				.containsExactly("find conversations", "find outbox", "insert outbox (j: false)",
						(turn == walk.get(0)) ? "insert conversations (j: false)" : "update conversations (j: false)");
			assertThat(this.handedOver).as("no reply goes out before the batch is on disk").isEmpty();

			batch.commit();

			assertThat(this.commands.seen()).as("one commit for the batch").endsWith(COMMIT);
			assertThat(this.handedOver).as("the replies, once it is").isNotEmpty();
			this.handedOver.clear();
		}
		assertThat(new Conversations(this.mongo).find(Resident.CHAT_ID).orElseThrow().state().step())
			.isEqualTo(Questionnaire.SUMMARY);
	}

	@Test
	void aBatchOfManyChatsIsMadeDurableByOneCommit() {
		GroupCommit.Batch batch = this.commits.begin();
		this.commands.clear();
		for (long chat = 1; chat <= 20; chat++) {
			this.conversations.apply(new Turn(chat, 5000 + chat, new Incoming.Command("start")), "uk", null, batch);
		}
		batch.commit();

		assertThat(this.commands.seen()).filteredOn(COMMIT::equals).hasSize(1);
		assertThat(this.commands.seen()).filteredOn(c -> c.startsWith("insert") || c.startsWith("update"))
			.filteredOn(c -> !COMMIT.equals(c))
			.hasSize(40)
			.allMatch(c -> c.endsWith("(j: false)"));
		assertThat(this.handedOver.stream().map(OutboxMessage::chatId).distinct()).hasSize(20);
	}

	/**
	 * The updates of a resident who answers everything the usual way up to the summary.
	 */
	private static List<Turn> walkToTheSummary(long chatId) {
		Resident resident = new Resident(new TestBot().engine, chatId, ConversationState.newcomer(Language.UK));
		return TestBot.walk(resident.command("start"), Questionnaire.SUMMARY).everyTurn();
	}

	private static String callbackOf(Turn turn) {
		return (turn.incoming() instanceof Incoming.ButtonPress) ? "tap-" + turn.updateId() : null;
	}

	/**
	 * The commands the driver sends: name, collection and whether it waits for the disk.
	 */
	private static final class Commands implements CommandListener {

		private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

		@Override
		public void commandStarted(CommandStartedEvent event) {
			BsonDocument command = event.getCommand();
			String name = event.getCommandName();
			BsonValue target = command.get(name);
			String collection = (target != null && target.isString()) ? " " + target.asString().getValue() : "";
			BsonDocument concern = command.getDocument("writeConcern", new BsonDocument());
			String journal = concern.containsKey("j")
					? (concern.getBoolean("j").getValue() ? " (journaled)" : " (j: false)") : "";
			this.seen.add(name + collection + journal);
		}

		List<String> seen() {
			return List.copyOf(this.seen);
		}

		void clear() {
			this.seen.clear();
		}

	}

}
