package org.evac.outbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A reply written as one of a batch's writes ({@link GroupCommit}) is in the collection
 * before it is durable, and owned by this instance: no look at the outbox, and no
 * hand-over of a later message for its chat, sends it before its batch is on disk, so
 * that no reply leaves for a conversation a {@code kill -9} could still undo. One handed
 * over to another instance (which holds its chat) is not due there until then.
 */
class UncommittedRepliesTest {

	private final DeliveryRig rig = new DeliveryRig();

	private final FailingCommits database = new FailingCommits(this.rig.database.template());

	private final GroupCommit commits = new GroupCommit(this.database);

	@AfterEach
	void close() {
		this.rig.close();
	}

	@Test
	void aLookAtTheOutboxLeavesTheReplyOfABatchNotYetDurable() throws Exception {
		GroupCommit.Batch batch = this.commits.begin();
		this.rig.outbox.enqueue("u1", List.of(reply(7, "hello")), batch);

		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).as("before the commit").isEmpty();

		batch.commit();
		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).as("after it, once").containsExactly("hello");
	}

	@Test
	void aMessageQueuedOnItsOwnForTheChatDoesNotTakeTheUncommittedReplyAlong() throws Exception {
		GroupCommit.Batch batch = this.commits.begin();
		this.rig.outbox.enqueue("u1", List.of(reply(7, "hello")), batch);

		this.rig.enqueue("notice", 7, "a notice");
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).containsExactly("a notice");

		batch.commit();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).containsExactly("a notice", "hello");
	}

	@Test
	void theReplyOfABatchWhoseCommitFailedWaitsForTheNextCommitThatSucceeds() throws Exception {
		GroupCommit.Batch failed = this.commits.begin();
		this.rig.outbox.enqueue("u1", List.of(reply(7, "hello")), failed);
		this.database.away = true;
		assertThatThrownBy(failed::commit).isInstanceOf(DataAccessResourceFailureException.class);
		this.database.away = false;

		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).as("nothing has covered it yet").isEmpty();

		this.commits.begin().commit();
		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).as("found by the look at the outbox, once").containsExactly("hello");
	}

	@Test
	void aReplyHandedToAnotherInstanceIsNotDueThereBeforeItsBatchIsDurable() throws Exception {
		this.rig.enqueue("notice", 7, "first");
		GroupCommit.Batch batch = new GroupCommit(this.rig.database.template()).begin();
		this.rig.outboxOf("there").enqueue("u1", List.of(reply(7, "second")), batch);

		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).as("before the commit").containsExactly("first");

		batch.commit();
		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).as("after it").containsExactly("first", "second");
	}

	@Test
	void aReplyHandedToAnotherInstanceByOneThatDiedBeforeItsCommitGoesOutALeaseLate() throws Exception {
		this.rig.enqueue("notice", 7, "first");
		GroupCommit.Batch neverCommitted = new GroupCommit(this.rig.database.template()).begin();
		this.rig.outboxOf("there").enqueue("u1", List.of(reply(7, "second")), neverCommitted);

		this.rig.runFor(Duration.ofSeconds(29));
		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).containsExactly("first");

		this.rig.claims.claimDue();
		this.rig.runFor(Duration.ofSeconds(1));
		assertThat(sentTexts()).containsExactly("first", "second");
	}

	private List<String> sentTexts() {
		return this.rig.telegram.attempts().stream().map(ScriptedGateway.Attempt::text).toList();
	}

	private static OutgoingMessage reply(long chatId, String text) {
		return OutgoingMessage.send(chatId, text, Keyboard.NONE, "reply");
	}

	/** The real database, on which a batch's commit fails while it is said to be away. */
	static final class FailingCommits extends MongoTemplate {

		volatile boolean away;

		FailingCommits(MongoTemplate real) {
			super(real.getMongoDatabaseFactory(), real.getConverter());
		}

		@Override
		public MongoDatabase getDb() {
			if (this.away) {
				throw new DataAccessResourceFailureException("the database is away");
			}
			return super.getDb();
		}

	}

}
