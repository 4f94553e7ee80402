package org.evac.outbox;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher's threads: the senders, each running the sending loop, and one timer for
 * the periodic tasks and for lanes that wait.
 */
final class DeliveryThreads {

	private static final Logger log = LoggerFactory.getLogger(DeliveryThreads.class);

	private final ExecutorService senders;

	private final ScheduledExecutorService timer;

	/** Starts {@code count} senders, each running {@code loop}. */
	DeliveryThreads(int count, Runnable loop) {
		this.senders = Executors.newFixedThreadPool(count, named("telegram-sender"));
		for (int i = 0; i < count; i++) {
			this.senders.execute(loop);
		}
		this.timer = Executors.newSingleThreadScheduledExecutor(named("outbox-timer"));
	}

	/**
	 * Runs a task again and again, {@code pause} after each run ends. A periodic task
	 * that throws is never run again: so nothing may escape one.
	 */
	void every(Duration first, Duration pause, Runnable task) {
		this.timer.scheduleWithFixedDelay(() -> {
			try {
				task.run();
			}
			catch (Throwable ex) {
				log.error("A periodic delivery task failed; it runs again at its next turn", ex);
			}
		}, first.toMillis(), pause.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Runs a task once after {@code millis}; not at all when shutting down. */
	void after(long millis, Runnable task) {
		try {
			this.timer.schedule(task, millis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the message stays in the outbox
		}
	}

	/** Interrupts everything, and waits a while for the senders to finish. */
	void stop() {
		this.timer.shutdownNow();
		this.senders.shutdownNow();
		try {
			this.senders.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ThreadFactory named(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

}
