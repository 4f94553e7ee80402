package org.evac.bench.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;

import org.evac.bench.report.Latency;
import org.evac.telegramfake.ApiCall;

/**
 * What reached the stand-in for a range of chats, one message expected per chat. Times
 * are nanoseconds of the wall clock, the stand-in's clock (see {@link #nanos(Instant)}).
 */
public final class Deliveries implements Consumer<ApiCall> {

	private final long firstChat;

	private final AtomicIntegerArray accepted;

	private final List<Long> times = new ArrayList<>();

	public Deliveries(long firstChat, int chats) {
		this.firstChat = firstChat;
		this.accepted = new AtomicIntegerArray(chats);
	}

	/** Told of every call the bot makes, as the stand-in answers it. */
	@Override
	public void accept(ApiCall call) {
		if (call.status() != 200 || !call.method().equals("sendMessage") || call.chatId() == null) {
			return;
		}
		long index = call.chatId() - this.firstChat;
		if (index < 0 || index >= this.accepted.length()) {
			return;
		}
		if (this.accepted.getAndIncrement((int) index) == 0) {
			synchronized (this.times) {
				this.times.add(nanos(call.at()));
			}
		}
	}

	/** An instant in the nanoseconds {@link #outcome} takes. */
	public static long nanos(Instant at) {
		return at.getEpochSecond() * 1_000_000_000L + at.getNano();
	}

	public int delivered() {
		synchronized (this.times) {
			return this.times.size();
		}
	}

	public DeliveryRun outcome(int cap, long refused, double queueSeconds, long queuedAtNanos) {
		long[] at;
		synchronized (this.times) {
			at = this.times.stream().mapToLong(Long::longValue).sorted().toArray();
		}
		int duplicates = 0;
		for (int i = 0; i < this.accepted.length(); i++) {
			duplicates += Math.max(0, this.accepted.get(i) - 1);
		}
		int messages = this.accepted.length();
		double seconds = (at.length < 2) ? 0 : (at[at.length - 1] - at[0]) / 1e9;
		double rate = (seconds > 0) ? (at.length - 1) / seconds : 0;
		long afterQueued = Arrays.stream(at).filter(t -> t > queuedAtNanos).count();
		double backlogSeconds = (at.length == 0) ? 0 : (at[at.length - 1] - queuedAtNanos) / 1e9;
		double backlogRate = (backlogSeconds > 0) ? afterQueued / backlogSeconds : 0;
		int[] timeline = new int[(int) Math.ceil(seconds) + 1];
		for (long t : at) {
			timeline[(int) ((t - at[0]) / 1_000_000_000L)]++;
		}
		double[] whole = Arrays.stream(timeline, 1, Math.max(1, timeline.length - 1)).asDoubleStream().toArray();
		return new DeliveryRun(cap, messages, at.length, seconds, rate, rate / cap, backlogRate,
				Latency.of(whole).p50(), refused, duplicates, messages - at.length, queueSeconds,
				Arrays.copyOf(timeline, timeline.length));
	}

}
