package org.evac.telegramfake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Everything the bot did, in arrival order, plus the state Telegram keeps about the bot's
 * messages (their current text and keyboard, for edits and button presses). One monitor
 * guards it all; waiters are woken on every change, so the await helpers return as soon
 * as the bot acts.
 */
final class Recorder {

	private final Object monitor = new Object();

	private final List<SentMessage> sent = new ArrayList<>();

	private final List<Edit> edits = new ArrayList<>();

	private final List<AnsweredCallback> callbacks = new ArrayList<>();

	private final Map<String, List<Command>> commands = new LinkedHashMap<>();

	private final List<ApiCall> calls = new ArrayList<>();

	private final Map<String, Integer> callCounts = new HashMap<>();

	private final Set<String> tokens = new LinkedHashSet<>();

	/** The bot's messages per chat, as they look now (after edits), by message id. */
	private final Map<Long, TreeMap<Integer, ObjectNode>> botMessages = new HashMap<>();

	/** Callback queries not yet answered, with their chat. */
	private final Map<String, Long> openCallbacks = new HashMap<>();

	// --- recording

	void token(String token) {
		synchronized (this.monitor) {
			this.tokens.add(token);
		}
	}

	/** Counts a call of the method and returns its number (from 1). */
	int countCall(String method) {
		synchronized (this.monitor) {
			return this.callCounts.merge(method.toLowerCase(Locale.ROOT), 1, Integer::sum);
		}
	}

	void call(ApiCall call) {
		synchronized (this.monitor) {
			this.calls.add(call);
			this.monitor.notifyAll();
		}
	}

	void sent(SentMessage message, ObjectNode asTelegramKeepsIt) {
		synchronized (this.monitor) {
			this.sent.add(message);
			this.botMessages.computeIfAbsent(message.chatId(), (id) -> new TreeMap<>())
				.put(message.messageId(), asTelegramKeepsIt);
			this.monitor.notifyAll();
		}
	}

	void edited(Edit edit, ObjectNode asTelegramKeepsIt) {
		synchronized (this.monitor) {
			this.edits.add(edit);
			this.botMessages.computeIfAbsent(edit.chatId(), (id) -> new TreeMap<>())
				.put(edit.messageId(), asTelegramKeepsIt);
			this.monitor.notifyAll();
		}
	}

	void deleted(long chatId, int messageId) {
		synchronized (this.monitor) {
			TreeMap<Integer, ObjectNode> messages = this.botMessages.get(chatId);
			if (messages != null) {
				messages.remove(messageId);
			}
			this.monitor.notifyAll();
		}
	}

	void commands(String languageCode, List<Command> list) {
		synchronized (this.monitor) {
			if (list == null) {
				this.commands.remove(languageCode);
			}
			else {
				this.commands.put(languageCode, List.copyOf(list));
			}
			this.monitor.notifyAll();
		}
	}

	void callbackOpened(String callbackId, long chatId) {
		synchronized (this.monitor) {
			this.openCallbacks.put(callbackId, chatId);
		}
	}

	Long callbackChat(String callbackId) {
		synchronized (this.monitor) {
			return this.openCallbacks.get(callbackId);
		}
	}

	/**
	 * Records the answer; {@code false} if the query is unknown or already answered.
	 */
	boolean answered(String callbackId, String text, boolean showAlert, Instant at) {
		synchronized (this.monitor) {
			Long chatId = this.openCallbacks.remove(callbackId);
			if (chatId == null) {
				return false;
			}
			this.callbacks.add(new AnsweredCallback(callbackId, chatId, text, showAlert, at));
			this.monitor.notifyAll();
			return true;
		}
	}

	// --- Telegram's view of the bot's messages

	/** A copy of the bot's message as it looks now, or {@code null}. */
	ObjectNode botMessage(long chatId, int messageId) {
		synchronized (this.monitor) {
			TreeMap<Integer, ObjectNode> messages = this.botMessages.get(chatId);
			ObjectNode message = (messages != null) ? messages.get(messageId) : null;
			return (message != null) ? message.deepCopy() : null;
		}
	}

	/** A copy of the newest bot message in the chat that has an inline keyboard. */
	ObjectNode lastInlineKeyboardMessage(long chatId) {
		synchronized (this.monitor) {
			TreeMap<Integer, ObjectNode> messages = this.botMessages.getOrDefault(chatId, new TreeMap<>());
			for (ObjectNode message : messages.descendingMap().values()) {
				if (message.path("reply_markup").path("inline_keyboard").size() > 0) {
					return message.deepCopy();
				}
			}
			return null;
		}
	}

	// --- queries

	List<SentMessage> sent(Predicate<SentMessage> filter) {
		synchronized (this.monitor) {
			return this.sent.stream().filter(filter).toList();
		}
	}

	List<Edit> edits() {
		synchronized (this.monitor) {
			return List.copyOf(this.edits);
		}
	}

	List<AnsweredCallback> answeredCallbacks() {
		synchronized (this.monitor) {
			return List.copyOf(this.callbacks);
		}
	}

	Map<String, List<Command>> commands() {
		synchronized (this.monitor) {
			return Map.copyOf(this.commands);
		}
	}

	List<ApiCall> calls(Predicate<ApiCall> filter) {
		synchronized (this.monitor) {
			return this.calls.stream().filter(filter).toList();
		}
	}

	int callCount(String method) {
		synchronized (this.monitor) {
			return this.callCounts.getOrDefault(method.toLowerCase(Locale.ROOT), 0);
		}
	}

	Set<String> tokens() {
		synchronized (this.monitor) {
			return Set.copyOf(this.tokens);
		}
	}

	/**
	 * Waits until the filtered sent messages satisfy the condition.
	 * @return the filtered messages at that moment, or at the timeout
	 */
	List<SentMessage> awaitSent(Predicate<SentMessage> filter, Predicate<List<SentMessage>> done, Duration timeout)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.monitor) {
			while (true) {
				List<SentMessage> matching = sent(filter);
				long left = deadline - System.nanoTime();
				if (done.test(matching) || left <= 0) {
					return matching;
				}
				// Timed wait in millis, at least 1 so that it never means "forever".
				this.monitor.wait(Math.max(1, left / 1_000_000));
			}
		}
	}

	/** Forgets everything recorded (between tests); known messages stay editable. */
	void clear() {
		synchronized (this.monitor) {
			this.sent.clear();
			this.edits.clear();
			this.callbacks.clear();
			this.commands.clear();
			this.calls.clear();
			this.callCounts.clear();
			this.tokens.clear();
			this.monitor.notifyAll();
		}
	}

}
