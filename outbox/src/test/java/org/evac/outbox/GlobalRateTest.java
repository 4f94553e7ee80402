package org.evac.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The global rate, on a simulated clock: eight senders with a backlog, Telegram answering
 * after a random delay and counting each message at a random moment between our send and
 * its answer.
 */
class GlobalRateTest {

	private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	@ParameterizedTest(name = "{0}/s, answers within {1} ms")
	@CsvSource({ "30, 2", "30, 80", "30, 400", "200, 2", "200, 80", "1000, 30" })
	void telegramNeverCountsMoreThanTheLimitInAnySecond(int limit, int slowestAnswerMs) {
		Simulation run = new Simulation(limit, slowestAnswerMs * MS).run(20 * SECOND);

		assertThat(run.mostArrivedWithinOneSecond()).isLessThanOrEqualTo(limit);
	}

	@ParameterizedTest(name = "{0}/s")
	@CsvSource({ "30", "100", "200", "1000" })
	void aBacklogGoesOutAtLeastAt97PercentOfTheLimitWhenTelegramAnswersQuickly(int limit) {
		Simulation run = new Simulation(limit, 2 * MS).run(20 * SECOND);

		assertThat(run.sent()).isGreaterThanOrEqualTo((int) (0.97 * limit * 20));
	}

	@ParameterizedTest(name = "{0}/s, held up {1} ms every second")
	@CsvSource({ "30, 100", "200, 100", "30, 200" })
	void turnsLostWhileTheSendersWereHeldUpAreMadeGood(int limit, int stallMs) {
		Simulation run = new Simulation(limit, 2 * MS).stallingEverySecondFor(stallMs * MS).run(20 * SECOND);

		assertThat(run.sent()).isGreaterThanOrEqualTo((int) (0.97 * limit * 20));
		assertThat(run.mostArrivedWithinOneSecond()).isLessThanOrEqualTo(limit);
	}

	@Test
	void sendsStillUnderWayHoldTheirPlaceUntilASecondAfterTheirAnswer() {
		FakeTime time = new FakeTime();
		GlobalRate rate = new GlobalRate(3, time);
		for (int i = 0; i < 3; i++) {
			assertThat(rate.tryStart()).isZero();
			time.advance(SECOND); // sends slower than a second: none answered yet
		}

		assertThat(rate.tryStart()).as("three sends under way").isPositive();
		rate.answered();
		time.advance(SECOND - 1);
		assertThat(rate.tryStart()).as("answered, but not a second ago").isPositive();
		time.advance(1);
		assertThat(rate.tryStart()).as("a second after the answer").isZero();
	}

	private static final class FakeTime implements TimeMeter {

		private long now = 1_000 * SECOND;

		@Override
		public long currentTimeNanos() {
			return this.now;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

		void advance(long nanos) {
			this.now += nanos;
		}

		void at(long nanos) {
			this.now = Math.max(this.now, nanos);
		}

	}

	/** Eight senders that always have something to send, as with a backlog. */
	private static final class Simulation {

		private static final int SENDERS = 8;

		private final FakeTime time = new FakeTime();

		private final GlobalRate rate;

		private final long slowestAnswer;

		private final Random random = new Random(7);

		private final List<Long> arrivals = new ArrayList<>();

		/** When each sender acts next, and whether it then hears an answer. */
		private final PriorityQueue<long[]> events = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));

		/**
		 * At the start of every second, no sender runs for this long (a pause, a busy
		 * CPU).
		 */
		private long stall;

		Simulation(int limit, long slowestAnswer) {
			this.rate = new GlobalRate(limit, this.time);
			this.slowestAnswer = slowestAnswer;
		}

		Simulation stallingEverySecondFor(long stall) {
			this.stall = stall;
			return this;
		}

		private long afterAnyStall(long at) {
			long intoSecond = at % SECOND;
			return (intoSecond < this.stall) ? at - intoSecond + this.stall : at;
		}

		Simulation run(long duration) {
			long start = this.time.currentTimeNanos();
			for (int i = 0; i < SENDERS; i++) {
				this.events.add(new long[] { start, 0 });
			}
			while (!this.events.isEmpty()) {
				long[] event = this.events.poll();
				if (event[0] > start + duration) {
					continue;
				}
				long at = afterAnyStall(event[0]);
				if (at != event[0]) {
					this.events.add(new long[] { at, event[1] });
					continue;
				}
				this.time.at(event[0]);
				if (event[1] == 1) {
					this.rate.answered();
				}
				long wait = this.rate.tryStart();
				if (wait > 0) {
					this.events.add(new long[] { event[0] + wait, 0 });
					continue;
				}
				long answer = event[0] + 1 + (long) (this.random.nextDouble() * this.slowestAnswer);
				this.arrivals.add(event[0] + (long) (this.random.nextDouble() * (answer - event[0])));
				this.events.add(new long[] { answer, 1 });
			}
			return this;
		}

		int sent() {
			return this.arrivals.size();
		}

		int mostArrivedWithinOneSecond() {
			List<Long> sorted = this.arrivals.stream().sorted().toList();
			int most = 0;
			int first = 0;
			for (int last = 0; last < sorted.size(); last++) {
				while (sorted.get(last) - sorted.get(first) >= SECOND) {
					first++;
				}
				most = Math.max(most, last - first + 1);
			}
			return most;
		}

	}

}
