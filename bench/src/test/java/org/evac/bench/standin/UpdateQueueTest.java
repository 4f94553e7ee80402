package org.evac.bench.standin;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateQueueTest {

	@Test
	void handsOutUpdatesUntilALaterOffsetConfirmsThem() throws InterruptedException {
		UpdateQueue queue = new UpdateQueue();
		int first = queue.offer(id -> "{\"update_id\":" + id + "}");
		int second = queue.offer(id -> "{\"update_id\":" + id + "}");

		assertThat(queue.poll(null, 100, 0)).hasSize(2);
		assertThat(queue.poll(first, 100, 0)).hasSize(2);
		assertThat(queue.poll(second, 100, 0)).containsExactly("{\"update_id\":" + second + "}");
		assertThat(queue.poll(second + 1, 100, 0)).isEmpty();
	}

	@Test
	void aLongPollEndsAsSoonAsAnUpdateArrives() throws InterruptedException {
		UpdateQueue queue = new UpdateQueue();
		Thread writer = new Thread(() -> queue.offer(id -> "{}"));
		long start = System.nanoTime();
		writer.start();
		List<String> updates = queue.poll(null, 100, 10_000);

		assertThat(updates).hasSize(1);
		assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
	}

}
