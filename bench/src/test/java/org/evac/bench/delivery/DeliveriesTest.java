package org.evac.bench.delivery;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.evac.telegramfake.ApiCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveriesTest {

	private static final Instant START = Instant.parse("2026-12-03T07:00:00Z");

	private final Deliveries deliveries = new Deliveries(100, 3);

	@Test
	void countsTheFirstAcceptedMessageToEachChatAndTheCopiesAsDuplicates() {
		this.deliveries.accept(sent(100, 200, 0));
		this.deliveries.accept(sent(101, 429, 100));
		this.deliveries.accept(sent(101, 200, 1000));
		this.deliveries.accept(sent(100, 200, 1500));

		DeliveryRun run = this.deliveries.outcome(10, 1, 0.5, Deliveries.nanos(START));

		assertThat(run.delivered()).isEqualTo(2);
		assertThat(run.duplicates()).isEqualTo(1);
		assertThat(run.lost()).isEqualTo(1);
		assertThat(run.seconds()).isEqualTo(1.0);
		assertThat(run.refused()).isEqualTo(1);
	}

	@Test
	void ignoresOtherChatsAndOtherMethods() {
		this.deliveries.accept(sent(99, 200, 0));
		this.deliveries.accept(sent(103, 200, 0));
		this.deliveries
			.accept(new ApiCall("answerCallbackQuery", 100L, JsonNodeFactory.instance.objectNode(), 200, START));
		this.deliveries.accept(new ApiCall("setMyCommands", null, JsonNodeFactory.instance.objectNode(), 200, START));

		assertThat(this.deliveries.delivered()).isZero();
	}

	private static ApiCall sent(long chatId, int status, long millis) {
		return new ApiCall("sendMessage", chatId, JsonNodeFactory.instance.objectNode().put("text", "check-in"), status,
				START.plusMillis(millis));
	}

}
