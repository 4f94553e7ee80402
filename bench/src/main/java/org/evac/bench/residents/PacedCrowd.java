package org.evac.bench.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.evac.telegramfake.ApiCall;
import org.evac.telegramfake.FakeTelegramApi;

/**
 * Residents going through the {@link Script} at a steady pace rather than all at once,
 * for a soak: each {@link #offerOne} is one update, the next step of a resident the bot
 * has answered or, when nobody is waiting to go on, a new resident's {@code /start}. A
 * resident goes on only once the bot has answered their last step, as in {@link Crowd}.
 */
public final class PacedCrowd implements Consumer<ApiCall> {

	private static final List<Step> STEPS = Script.STEPS;

	private final FakeTelegramApi telegram;

	private final boolean waitsForNextQuestion;

	private final long firstChat;

	private final Resident[] residents;

	/** Residents the bot has answered, in the order it did: their next step is due. */
	private final Queue<Resident> ready = new ConcurrentLinkedQueue<>();

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

	private static final class Resident {

		final long chatId;

		int step;

		long offeredAt;

		Resident(long chatId) {
			this.chatId = chatId;
		}

	}

	/**
	 * Offers one update: the next step of the resident answered longest ago, else, if
	 * {@code mayStartNew} and there is room, a new resident's first.
	 * @return false when there was nobody to offer one for
	 */
	public boolean offerOne(boolean mayStartNew) {
		Resident next = this.ready.poll();
		if (next == null) {
			if (!mayStartNew || this.started.get() >= this.residents.length) {
				return false;
			}
			int index = this.started.getAndIncrement();
			next = new Resident(this.firstChat + index);
			this.residents[index] = next;
		}
		synchronized (next) {
			next.offeredAt = System.nanoTime();
			this.updates.incrementAndGet();
			STEPS.get(next.step).takeIn(this.telegram, next.chatId);
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
		if (index < 0 || index >= this.started.get() || index >= this.residents.length) {
			return;
		}
		Resident resident = this.residents[(int) index];
		if (resident == null) {
			return;
		}
		synchronized (resident) {
			// a check-in or reminder to someone already through is no answer to a step
			if (resident.step >= STEPS.size() || resident.offeredAt == 0) {
				return;
			}
			if (this.waitsForNextQuestion && !call.params().toString().contains(STEPS.get(resident.step).expect())) {
				return; // not the next question
			}
			double ms = (System.nanoTime() - resident.offeredAt) / 1e6;
			synchronized (this.turnsMs) {
				this.turnsMs.add(ms);
			}
			resident.offeredAt = 0;
			resident.step++;
			if (resident.step == STEPS.size()) {
				this.filed.incrementAndGet();
			}
			else {
				this.ready.add(resident);
			}
		}
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
