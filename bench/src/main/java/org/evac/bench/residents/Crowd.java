package org.evac.bench.residents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.evac.telegramfake.ApiCall;
import org.evac.telegramfake.FakeTelegramApi;

/**
 * N residents going through the {@link Script} at once. Each acts as a person does: the
 * next update only once the bot has answered the last one (for evac: its next question
 * has arrived; for the echo bot: its one reply). Nobody waits between reading and
 * tapping, so the bot is as busy as N people can make it. Runs on the stand-in's threads:
 * a reply is checked and the next update offered right where the reply arrives.
 */
public final class Crowd implements Consumer<ApiCall> {

	private static final List<Step> STEPS = Script.STEPS;

	private final FakeTelegramApi telegram;

	private final boolean waitsForNextQuestion;

	private final long firstChat;

	private final Resident[] residents;

	/**
	 * Per update (resident × step), in nanoseconds of the wall clock, the stand-in's
	 * clock.
	 */
	private final long[] offered;

	private final long[] firstReply;

	private final long[] answered;

	private final CountDownLatch done;

	private volatile long started;

	/**
	 * @param waitsForNextQuestion true for evac (a turn ends with the next question),
	 * false for the echo bot (a turn ends with its reply)
	 */
	public Crowd(FakeTelegramApi telegram, int size, long firstChat, boolean waitsForNextQuestion) {
		this.telegram = telegram;
		this.waitsForNextQuestion = waitsForNextQuestion;
		this.firstChat = firstChat;
		this.residents = new Resident[size];
		for (int i = 0; i < size; i++) {
			this.residents[i] = new Resident(firstChat + i);
		}
		this.offered = new long[size * STEPS.size()];
		this.firstReply = new long[this.offered.length];
		this.answered = new long[this.offered.length];
		this.done = new CountDownLatch(size);
	}

	private static final class Resident {

		final long chatId;

		int step;

		/** Messages the bot sent to this resident's chat (not counting edits). */
		int messages;

		Resident(long chatId) {
			this.chatId = chatId;
		}

	}

	/** Everybody writes /start now. */
	public void start() {
		this.started = nanos(Instant.now());
		for (Resident resident : this.residents) {
			synchronized (resident) {
				offerNext(resident);
			}
		}
	}

	/** Waits until all are through, or the time is up. */
	public boolean await(Duration limit) throws InterruptedException {
		return this.done.await(limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Told of every call the bot makes, as the stand-in answers it. */
	@Override
	public void accept(ApiCall call) {
		boolean message = call.method().equals("sendMessage");
		if (call.status() != 200 || !(message || call.method().equals("editMessageText")) || call.chatId() == null) {
			return;
		}
		long index = call.chatId() - this.firstChat;
		if (index < 0 || index >= this.residents.length) {
			return;
		}
		Resident resident = this.residents[(int) index];
		synchronized (resident) {
			if (resident.step >= STEPS.size()) {
				return;
			}
			if (message) {
				resident.messages++;
			}
			int turn = (int) index * STEPS.size() + resident.step;
			long at = nanos(call.at());
			if (this.firstReply[turn] == 0) {
				this.firstReply[turn] = at;
			}
			// the text and the keyboard, whichever carries what the step expects
			if (this.waitsForNextQuestion && !call.params().toString().contains(STEPS.get(resident.step).expect())) {
				return; // an acknowledgement; the question comes next
			}
			this.answered[turn] = at;
			resident.step++;
			if (resident.step == STEPS.size()) {
				this.done.countDown();
			}
			else {
				offerNext(resident);
			}
		}
	}

	private void offerNext(Resident resident) {
		Step step = STEPS.get(resident.step);
		int turn = (int) (resident.chatId - this.firstChat) * STEPS.size() + resident.step;
		// before the update exists: the bot's answer cannot come first
		this.offered[turn] = nanos(Instant.now());
		step.takeIn(this.telegram, resident.chatId);
	}

	private static long nanos(Instant at) {
		return at.getEpochSecond() * 1_000_000_000L + at.getNano();
	}

	/**
	 * Messages the bot sent per filed request, /start to the filed one (issue 17: one per
	 * update, no acknowledgements of their own).
	 */
	public double messagesPerFiledRequest() {
		int messages = 0;
		int filed = 0;
		for (Resident resident : this.residents) {
			synchronized (resident) {
				if (resident.step == STEPS.size()) {
					messages += resident.messages;
					filed++;
				}
			}
		}
		return (filed == 0) ? 0 : (double) messages / filed;
	}

	/** What happened, read once the crowd is through (or given up on). */
	public CrowdOutcome outcome() {
		int finished = (int) (this.residents.length - this.done.getCount());
		return CrowdOutcome.of(this.residents.length, finished, STEPS.size(), this.started, this.offered,
				this.firstReply, this.answered);
	}

}
