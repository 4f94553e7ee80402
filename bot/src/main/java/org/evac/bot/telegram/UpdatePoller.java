package org.evac.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.context.SmartLifecycle;

/**
 * Long-polls Telegram for updates. Polls itself instead of using the library's session,
 * because the library confirms updates before they are handled: here an update is
 * confirmed (by asking for the ones after it) only once its effects are stored.
 */
class UpdatePoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);

	static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");

	private final TelegramClient client;

	private final UpdateProcessor processor;

	private final CommandMenu menu;

	private final TelegramProperties properties;

	private final Clock clock;

	private volatile boolean running;

	private volatile Thread thread;

	private volatile CompletableFuture<java.util.ArrayList<Update>> inFlight;

	private volatile PollState state = new PollState(false, null, null);

	UpdatePoller(TelegramClient client, UpdateProcessor processor, CommandMenu menu, TelegramProperties properties,
			Clock clock) {
		this.client = client;
		this.processor = processor;
		this.menu = menu;
		this.properties = properties;
		this.clock = clock;
	}

	/** For the health check. */
	record PollState(boolean conflict, Instant lastSuccess, String lastProblem) {
	}

	PollState state() {
		return this.state;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::run, "telegram-poller");
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		CompletableFuture<java.util.ArrayList<Update>> poll = this.inFlight;
		if (poll != null) {
			poll.cancel(true);
		}
		try {
			this.thread.join(Duration.ofSeconds(30).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Starts after the senders (replies can go out) and stops before them. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

	private void run() {
		this.menu.register();
		int offset = 0;
		int failures = 0;
		while (this.running) {
			try {
				List<Update> updates = poll(offset);
				this.state = new PollState(false, this.clock.instant(), null);
				int next = this.processor.process(updates, offset);
				failures = (next <= lastId(updates, offset)) ? failures + 1 : 0;
				offset = next;
				if (failures > 0) {
					pause(failures); // something could not be stored: give it a moment
				}
			}
			catch (TelegramApiRequestException ex) {
				failures++;
				if (Integer.valueOf(409).equals(ex.getErrorCode())) {
					onConflict();
				}
				else {
					onFailure("Telegram answered " + ex.getErrorCode(), failures);
				}
			}
			catch (InterruptedException | java.util.concurrent.CancellationException ex) {
				if (this.running) {
					failures++;
				}
			}
			catch (Exception ex) {
				failures++;
				onFailure(ex.getClass().getSimpleName(), failures);
			}
		}
		confirm(offset);
	}

	private static int lastId(List<Update> updates, int offset) {
		return updates.stream().mapToInt(Update::getUpdateId).max().orElse(offset - 1);
	}

	private List<Update> poll(int offset) throws Exception {
		int timeout = (int) this.properties.pollTimeout().toSeconds();
		GetUpdates request = GetUpdates.builder()
			.offset(offset)
			.limit(this.properties.batchSize())
			.timeout(timeout)
			.allowedUpdates(ALLOWED_UPDATES)
			.build();
		this.inFlight = this.client.executeAsync(request);
		try {
			return this.inFlight.get(timeout + 15L, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
		catch (TimeoutException ex) {
			this.inFlight.cancel(true);
			throw ex;
		}
	}

	/**
	 * On the way out, tell Telegram what was handled, so nothing comes twice after a
	 * restart.
	 */
	private void confirm(int offset) {
		if (offset <= 0) {
			return;
		}
		try {
			this.client.execute(GetUpdates.builder().offset(offset).limit(1).timeout(0).build());
		}
		catch (Exception ex) {
			log.info("Could not confirm the last updates at shutdown; they will come again and be skipped");
		}
	}

	private void onConflict() {
		if (!this.state.conflict()) {
			log.error("Telegram answered 409 Conflict: another program is receiving updates for this bot token "
					+ "(another evac instance polling, or a webhook set). This instance waits and retries; "
					+ "run one poller per token, or use webhook mode for several instances.");
		}
		this.state = new PollState(true, this.state.lastSuccess(), "409 Conflict");
		pause(5);
	}

	private void onFailure(String problem, int failures) {
		log.warn("Polling Telegram failed ({}); retrying", problem);
		this.state = new PollState(false, this.state.lastSuccess(), problem);
		pause(failures);
	}

	/** 1, 2, 4... up to 30 seconds. */
	private void pause(int failures) {
		long seconds = Math.min(30, 1L << Math.min(failures - 1, 5));
		try {
			Thread.sleep(seconds * 1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
