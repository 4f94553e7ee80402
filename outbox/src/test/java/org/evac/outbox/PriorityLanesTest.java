package org.evac.outbox;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents first: within the bot's overall limit, a reply to someone who just wrote goes
 * before reminders, check-ins, volunteers' messages and group chats, and every lower lane
 * with work still gets one send in five. Run on the real outbox and the simulated clock
 * of {@link DeliveryRig} (whose clock also drives the chats' bucket4j limits, which
 * {@code MovableClock} does not), where the senders' turns are the sends in order: 30 of
 * them are one second at Telegram's limit.
 */
class PriorityLanesTest {

	private final DeliveryRig rig = new DeliveryRig();

	@AfterEach
	void close() {
		this.rig.close();
	}

	private void checkIns(int from, int count) {
		for (int chat = from; chat < from + count; chat++) {
			this.rig.outbox.enqueue("reminder:checkin:r" + chat + ":1",
					List.of(OutgoingMessage.send(chat, "checkin", Keyboard.NONE, "reminder")));
		}
	}

	private void volunteersMessages(int from, int count) {
		for (int chat = from; chat < from + count; chat++) {
			this.rig.outbox.enqueue("note:" + chat,
					List.of(OutgoingMessage.send(chat, "volunteer", Keyboard.NONE, "volunteer")));
		}
	}

	private void replies(int from, int count) {
		for (int chat = from; chat < from + count; chat++) {
			this.rig.enqueue("u" + chat, chat, "reply");
		}
	}

	private List<String> sent() {
		return this.rig.telegram.attempts().stream().map(ScriptedGateway.Attempt::text).toList();
	}

	private static long count(List<String> texts, String text) {
		return texts.stream().filter(text::equals).count();
	}

	@Test
	void residentsRepliesOvertakeABacklogOfCheckIns() throws Exception {
		checkIns(1, 200);
		replies(1001, 4);

		this.rig.runFor(Duration.ofSeconds(1));

		assertThat(sent()).hasSize(204);
		assertThat(sent().subList(0, 4)).as("the replies, queued last, go first").containsOnly("reply");
		assertThat(this.rig.stored()).isEmpty();
	}

	@Test
	void checkInsGetAFifthOfTheCapWhileResidentsSaturateIt() throws Exception {
		checkIns(1, 100);
		replies(1001, 300);

		this.rig.runFor(Duration.ofSeconds(1));

		List<String> sent = sent();
		assertThat(sent).hasSize(400);
		for (int second = 0; second < 10; second++) {
			List<String> window = sent.subList(second * 30, second * 30 + 30);
			assertThat(count(window, "checkin")).as("check-ins in second %d at the cap", second)
				.isGreaterThanOrEqualTo(6);
			assertThat(count(window, "reply")).as("replies in second %d", second).isGreaterThanOrEqualTo(18);
		}
	}

	@Test
	void everyLowerLaneGetsItsFifthTogether() throws Exception {
		checkIns(1, 100);
		volunteersMessages(501, 100);
		replies(1001, 300);

		this.rig.runFor(Duration.ofSeconds(1));

		List<String> first = sent().subList(0, 100);
		assertThat(count(first, "checkin")).as("a fifth, less the one turn it waits behind the volunteers")
			.isGreaterThanOrEqualTo(19);
		assertThat(count(first, "volunteer")).isGreaterThanOrEqualTo(20);
		assertThat(count(first, "reply")).as("the rest goes to the residents").isGreaterThanOrEqualTo(40);
	}

	@Test
	void aLowerLaneAloneHasTheWholeCap() throws Exception {
		checkIns(1, 60);

		this.rig.runFor(Duration.ofSeconds(1));

		assertThat(sent()).hasSize(60).containsOnly("checkin");
	}

	@Test
	void aChatKeepsItsOrderAndItsCheckInGoesAtItsReplysPriority() throws Exception {
		checkIns(1, 100);
		this.rig.enqueue("u1", 100, "reply");

		this.rig.runFor(Duration.ofSeconds(1));

		assertThat(this.rig.telegram.attemptsTo(100)).extracting(ScriptedGateway.Attempt::text)
			.containsExactly("checkin", "reply");
		List<Long> chats = this.rig.telegram.attempts().stream().map(ScriptedGateway.Attempt::chatId).toList();
		assertThat(chats.indexOf(100L)).as("chat 100 moved up with the reply").isLessThan(2);
		assertThat(chats.lastIndexOf(100L)).isLessThan(4);
	}

	@Test
	void eachQueuedMessageCarriesItsLane() {
		checkIns(1, 1);
		volunteersMessages(2, 1);
		replies(3, 1);
		this.rig.outbox.enqueue("team-new:7",
				List.of(OutgoingMessage.send(-100, "new request", Keyboard.NONE, "volunteer")));

		assertThat(this.rig.stored()).extracting(m -> m.chatId() + "=" + m.lane())
			.containsExactlyInAnyOrder("1=REMINDER", "2=VOLUNTEER", "3=RESIDENT", "-100=GROUP");
		assertThat(this.rig.database.template().findAll(Document.class, "outbox"))
			.allSatisfy(stored -> assertThat(stored.getString("lane")).isNotNull());
	}

	@Test
	void aMessageStoredBeforeLanesGetsTheLaneItsKeyGives() {
		checkIns(1, 1);
		replies(2, 1);
		this.rig.database.template().updateMulti(new Query(), new Update().unset("lane"), "outbox");

		assertThat(this.rig.stored()).extracting(m -> m.chatId() + "=" + m.lane())
			.containsExactlyInAnyOrder("1=REMINDER", "2=RESIDENT");
	}

}
