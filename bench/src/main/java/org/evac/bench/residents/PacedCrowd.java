package org.evac.bench.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.evac.telegramfake.ApiCall;
import org.evac.telegramfake.FakeTelegramApi;

/**
 * Residents arriving one by one rather than all at once, for a soak: {@link #startOne} is
 * a new resident's {@code /start}, and from then on each goes through the {@link Script}
 * as in {@link Crowd}, taking the next step as soon as the bot has answered the last.
 * Residents arriving every {@code steps ÷ rate} seconds make {@code rate} updates a
 * second once the first are under way, as long as the bot keeps up; when it does not,
 * residents wait for it rather than pile up more updates.
 */
public final class PacedCrowd implements Consumer<ApiCall> {

	private static final List<Step> STEPS = Script.STEPS;

	private final FakeTelegramApi telegram;

	private final boolean waitsForNextQuestion;

	private final long firstChat;

	private final Resident[] residents;

	private final AtomicInteger started = new AtomicInteger();

	private final AtomicInteger filed = new AtomicInteger();

	private final AtomicInteger updates = new AtomicInteger();

	/** Milliseconds from an update to the bot's answer to it, every turn. */
	private final List<Double> turnsMs = new ArrayList<>();

	/**
	 * @param capacity the most residents it may start (their chats follow
	 * {@code firstChat})
	 * @param waitsForNextQuestion true for evac (a turn ends with the next question),
	 * false for an echo bot (a turn ends with its reply)
	 */
	public PacedCrowd(FakeTelegramApi telegram, int capacity, long firstChat, boolean waitsForNextQuestion) {
		this.telegram = telegram;
		this.waitsForNextQuestion = waitsForNextQuestion;
		this.firstChat = firstChat;
		this.residents = new Resident[capacity];
	}

	/** The number of updates one resident sends, {@code /start} to a filed request. */
	public static int stepsEach() {
		return STEPS.size();
	}

	private static final class Resident {

		final long chatId;

		int step;

		long offeredAt;

		Resident(long chatId) {
			this.chatId = chatId;
		}

	}

	/**
	 * A new resident writes {@code /start}.
	 * @return false when all {@code capacity} have started
	 */
	public boolean startOne() {
		int index = this.started.getAndIncrement();
		if (index >= this.residents.length) {
			this.started.decrementAndGet();
			return false;
		}
		Resident resident = new Resident(this.firstChat + index);
		synchronized (resident) {
			this.residents[index] = resident;
			offerNext(resident);
		}
		return true;
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
		if (resident == null) {
			return;
		}
		synchronized (resident) {
			// a check-in or reminder to someone already through answers no step
			if (resident.step >= STEPS.size()) {
				return;
			}
			if (this.waitsForNextQuestion && !call.params().toString().contains(STEPS.get(resident.step).expect())) {
				return; // not the next question
			}
			double ms = (System.nanoTime() - resident.offeredAt) / 1e6;
			synchronized (this.turnsMs) {
				this.turnsMs.add(ms);
			}
			resident.step++;
			if (resident.step == STEPS.size()) {
				this.filed.incrementAndGet();
			}
			else {
				offerNext(resident);
			}
		}
	}

	private void offerNext(Resident resident) {
		// before the update exists: the bot's answer cannot come first
		resident.offeredAt = System.nanoTime();
		this.updates.incrementAndGet();
		STEPS.get(resident.step).takeIn(this.telegram, resident.chatId);
	}

	/** Residents who sent their {@code /start}. */
	public int started() {
		return this.started.get();
	}

	/** Residents through the whole questionnaire, their request filed. */
	public int filed() {
		return this.filed.get();
	}

	/** Residents started and not yet through. */
	public int inProgress() {
		return started() - filed();
	}

	/** Updates offered so far. */
	public int updates() {
		return this.updates.get();
	}

	/** Milliseconds from each update to the bot's answer, in the order answered. */
	public double[] turnsMs() {
		synchronized (this.turnsMs) {
			return this.turnsMs.stream().mapToDouble(Double::doubleValue).toArray();
		}
	}

}
