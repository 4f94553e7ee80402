package org.evac.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import okhttp3.OkHttpClient;
import org.evac.telegramfake.FakeTelegramApi;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * How long the stand-in takes to answer {@code sendMessage} as evac's sender sees it: the
 * same client (TelegramBots over OkHttp), 8 threads as evac's senders, each message to a
 * chat of its own at a steady rate, the limits enforced and a call listener attached as
 * in the delivery scenario. evac sends at about cap ÷ (1 + answer time in seconds), so a
 * stand-in that answers slowly would lower the measured delivery rate; this tells whether
 * it does, and what the stand-in costs the bench's CPU per call.
 *
 * <pre>
 * java -cp bench/target/evac-bench.jar org.evac.bench.StandInTiming [rate=200] [seconds=10]
 * </pre>
 */
final class StandInTiming {

	private static final int SENDERS = 8;

	private static final String TEXT = "Нагадування: ваша заявка на евакуацію чинна. Якщо ви вже виїхали, натисніть /status.";

	private StandInTiming() {
	}

	public static void main(String[] args) throws Exception {
		int rate = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		try (FakeTelegramApi telegram = TelegramStandIn.start()) {
			telegram.enforceLimits(rate * 2, 1, 3);
			telegram.onCall((call) -> {
			});
			TelegramClient client = new OkHttpTelegramClient(new OkHttpClient(), Evac.TOKEN,
					new TelegramUrl("http", "127.0.0.1", telegram.port(), false));
			// unmeasured, at the same pace: the JIT compiles both sides first
			run(client, rate, Math.max(2, seconds / 2), 900_000_000L);
			long serverBefore = serverCpuNanos();
			long[] nanos = run(client, rate, seconds, 100_000_000L);
			double serverMs = (serverCpuNanos() - serverBefore) / 1e6 / nanos.length;
			Arrays.sort(nanos);
			Bench.say(
					"sendMessage answered, %d senders at %d/s for %d s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms;"
							+ " the stand-in's CPU %.3f ms a call; load %s",
					SENDERS, rate, seconds, at(nanos, 0.5), at(nanos, 0.9), at(nanos, 0.99),
					nanos[nanos.length - 1] / 1e6, serverMs, Machine.load());
		}
		System.exit(0);
	}

	private static long[] run(TelegramClient client, int rate, int seconds, long firstChat) throws Exception {
		int total = rate * seconds;
		long[] nanos = new long[total];
		AtomicLong next = new AtomicLong();
		long start = System.nanoTime();
		long spacing = 1_000_000_000L / rate;
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int s = 0; s < SENDERS; s++) {
				running.add(senders.submit(() -> {
					long i;
					while ((i = next.getAndIncrement()) < total) {
						LockSupport.parkNanos(start + i * spacing - System.nanoTime());
						long began = System.nanoTime();
						client.execute(SendMessage.builder().chatId(firstChat + i).text(TEXT).build());
						nanos[(int) i] = System.nanoTime() - began;
					}
					return null;
				}));
			}
			for (Future<?> sender : running) {
				sender.get();
			}
		}
		finally {
			senders.shutdownNow();
		}
		return nanos;
	}

	private static double at(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, sorted.length * quantile)] / 1e6;
	}

	/** CPU of the stand-in's threads: its HTTP server's dispatcher and its workers. */
	private static long serverCpuNanos() {
		var threads = ManagementFactory.getThreadMXBean();
		long sum = 0;
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("fake-telegram") || thread.getName().startsWith("HTTP-Dispatcher")) {
				sum += Math.max(0, threads.getThreadCpuTime(thread.getId()));
			}
		}
		return sum;
	}

}
