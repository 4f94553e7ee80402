package org.evac.outbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.outbox.DeliveryRig.START;

/**
 * Serving one chat's lane on a simulated clock: a message goes out when its time, the
 * chat's limit and Telegram's pause allow, and a lane is never stuck.
 */
class LaneServerTest {

	private final DeliveryRig rig = new DeliveryRig();

	@AfterEach
	void close() {
		this.rig.close();
	}

	@Test
	void aChatGetsItsBurstAtOnceThenOneMessageASecond() throws Exception {
		this.rig.enqueue("u1", 1, "a", "b", "c", "d", "e");

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START, START, START, START.plusSeconds(1), START.plusSeconds(2));
	}

	@Test
	void aGroupGetsAMessageEveryThreeSeconds() throws Exception {
		this.rig.enqueue("u1", -100, "a", "b", "c");

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START, START.plusSeconds(3), START.plusSeconds(6));
	}

	@Test
	void answeringAButtonTapIsNotCountedAgainstTheChat() throws Exception {
		this.rig.outbox.enqueue("u1", List.of(OutgoingMessage.send(1, "a", Keyboard.NONE, "reply"),
				OutgoingMessage.send(1, "b", Keyboard.NONE, "reply"),
				OutgoingMessage.send(1, "c", Keyboard.NONE, "reply"), OutgoingMessage.answerButton(1, "tap", "noted"),
				OutgoingMessage.send(1, "d", Keyboard.NONE, "reply")));

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START, START, START, START, START.plusSeconds(1));
	}

	@Test
	void aMessageGoesOutAtItsTimeNotBefore() throws Exception {
		this.rig.outbox.enqueue("u1", List.of(OutgoingMessage.send(1, "soon", Keyboard.NONE, "reply")),
				START.plusMillis(700));

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START.plusMillis(700));
	}

	@Test
	void aLaneWhoseSendFailedUnexpectedlyIsLookedAtAgainASecondLater() throws Exception {
		this.rig.telegram.breakDown(1);
		this.rig.enqueue("u1", 1, "hello");

		this.rig.runFor(Duration.ofSeconds(10));

		assertThat(this.rig.telegram.attempts()).extracting(ScriptedGateway.Attempt::at)
			.containsExactly(START.plusSeconds(1));
		assertThat(this.rig.stored()).isEmpty();
	}

	@Test
	void anEmptyLaneFallsAsleep() throws Exception {
		this.rig.enqueue("u1", 1, "hello");
		ChatLane lane = this.rig.lanes.next(Duration.ZERO);
		assertThat(this.rig.server.serve(lane)).isZero();

		assertThat(this.rig.server.serve(lane)).isNull();
	}

}
