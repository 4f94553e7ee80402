package org.evac.telegramfake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP stand-in for the Telegram Bot API, for tests that run the real application
 * against it. Point the client at {@link #baseUrl()} (e.g. with
 * {@code new TelegramUrl("http", "127.0.0.1", fake.port(), false)}).
 * <p>
 * The resident's side is driven with {@link #sendText}, {@link #pressButton} and friends,
 * which queue updates for the bot's getUpdates long poll. What the bot did is recorded
 * and can be awaited ({@link #awaitMessages}, {@link #awaitMessageContaining}) and
 * inspected ({@link #messagesTo}, {@link #edits()}, {@link #callsOf}). Failures of the
 * real service can be injected with {@link #setFault} and {@link #enforceLimits}.
 * <p>
 * Like Telegram, it rejects what Telegram rejects: empty or over-long texts, invalid HTML
 * in {@code parse_mode=HTML}, callback data over 64 bytes, edits that change nothing,
 * answering a callback query twice. Everything is thread-safe.
 */
public final class FakeTelegramApi implements AutoCloseable {

	private static final String TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

	private final String token = newToken();

	private final Chats chats = new Chats();

	private final UpdateFactory updates = new UpdateFactory(this.chats);

	private final UpdateQueue queue = new UpdateQueue();

	private final Recorder recorder = new Recorder();

	private final BotApiHandler handler = new BotApiHandler(this.chats, this.queue, this.recorder);

	private final HttpServer server;

	private final ExecutorService executor;

	private FakeTelegramApi() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		// Threads on demand: every pending long poll holds one.
		this.executor = Executors.newCachedThreadPool(daemonThreads());
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this.handler);
	}

	/** Starts a fake on 127.0.0.1 on a free port. */
	public static FakeTelegramApi start() {
		try {
			FakeTelegramApi api = new FakeTelegramApi();
			api.server.start();
			return api;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the fake Telegram API", ex);
		}
	}

	/** Stops the server; waiting long polls are released first. */
	@Override
	public void close() {
		this.queue.close();
		this.server.stop(0);
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** {@code http://127.0.0.1:<port>}, without a trailing slash. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/**
	 * A realistic-looking token, unique to this fake, for the application to use. Any
	 * token is accepted; see {@link #tokensUsed()}.
	 */
	public String token() {
		return this.token;
	}

	/** Every token that appeared in a request path. */
	public Set<String> tokensUsed() {
		return this.recorder.tokens();
	}

	/**
	 * Forgets what was recorded and any fault rule, rate limit, call listener and
	 * unconfirmed updates, for a fake shared by several tests. Ids keep increasing,
	 * languages stay, and the bot's earlier messages can still be edited.
	 */
	public void reset() {
		this.handler.reset();
		this.recorder.clear();
		this.queue.clear();
	}

	// ------------------------------------------------------------------ resident side

	/**
	 * Sets the {@code language_code} the user's client reports (default "uk");
	 * {@code null} for none.
	 */
	public FakeTelegramApi languageOf(long userId, String languageCode) {
		this.chats.language(userId, languageCode);
		return this;
	}

	/**
	 * The resident writes in the private chat (chat id = user id). A leading "/command"
	 * gets a bot_command entity.
	 * @return the update_id
	 */
	public int sendText(long chatId, String text) {
		return this.queue.add(this.updates.text(chatId, text));
	}

	/**
	 * The resident presses an inline button: a callback query carrying the newest bot
	 * message in the chat that has an inline keyboard (or a minimal message if none).
	 * @return the update_id
	 */
	public int pressButton(long chatId, String callbackData) {
		return pressButton(chatId, this.recorder.lastInlineKeyboardMessage(chatId), callbackData);
	}

	/**
	 * The resident presses a button on a specific (possibly old) bot message.
	 * @return the update_id
	 */
	public int pressButton(long chatId, int messageId, String callbackData) {
		ObjectNode message = this.recorder.botMessage(chatId, messageId);
		if (message == null) {
			throw new IllegalArgumentException("the bot sent no message " + messageId + " to chat " + chatId);
		}
		return pressButton(chatId, message, callbackData);
	}

	/**
	 * Presses the first inline button whose label contains the fragment, on the newest
	 * bot message in the chat that has an inline keyboard.
	 * @return the update_id
	 * @throws AssertionError if there is no such button
	 */
	public int pressButtonLabeled(long chatId, String labelFragment) {
		SentMessage last = allSent((m) -> m.chatId() == chatId && m.hasInlineKeyboard()).stream()
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("the bot sent no inline keyboard to chat " + chatId));
		ObjectNode current = this.recorder.botMessage(chatId, last.messageId());
		// Use the keyboard as it is now (after edits), not as first sent.
		SentMessage now = (current != null)
				? new SentMessage(chatId, last.messageId(), last.text(), current.get("reply_markup"), last.at(), null)
				: last;
		return pressButton(chatId, now.messageId(), now.buttonData(labelFragment));
	}

	private int pressButton(long chatId, ObjectNode message, String callbackData) {
		String callbackId = UpdateFactory.newCallbackId();
		this.recorder.callbackOpened(callbackId, chatId);
		return this.queue.add(this.updates.callback(callbackId, chatId, message, callbackData));
	}

	/**
	 * A member of a group taps a button on the bot's message {@code messageId} there.
	 * @return the update_id
	 */
	public int pressGroupButton(long groupChatId, long fromUserId, int messageId, String callbackData) {
		ObjectNode message = this.recorder.botMessage(groupChatId, messageId);
		if (message == null) {
			throw new IllegalArgumentException("the bot sent no message " + messageId + " to chat " + groupChatId);
		}
		String callbackId = UpdateFactory.newCallbackId();
		this.recorder.callbackOpened(callbackId, groupChatId);
		return this.queue.add(this.updates.groupCallback(callbackId, fromUserId, message, callbackData));
	}

	/** The resident shares their phone number (message.contact). */
	public int shareContact(long chatId, String phone) {
		return this.queue.add(this.updates.contact(chatId, phone));
	}

	/** The resident shares a location (message.location). */
	public int shareLocation(long chatId, double latitude, double longitude) {
		return this.queue.add(this.updates.location(chatId, latitude, longitude));
	}

	public int sendSticker(long chatId) {
		return this.queue.add(this.updates.sticker(chatId));
	}

	public int sendPhoto(long chatId) {
		return sendPhoto(chatId, null);
	}

	/** A photo (two sizes) with an optional caption. */
	public int sendPhoto(long chatId, String caption) {
		return this.queue.add(this.updates.photo(chatId, caption));
	}

	public int sendVoice(long chatId) {
		return this.queue.add(this.updates.voice(chatId, 3));
	}

	public int sendDocument(long chatId) {
		return sendDocument(chatId, "document.pdf");
	}

	public int sendDocument(long chatId, String fileName) {
		return this.queue.add(this.updates.document(chatId, fileName));
	}

	/** The resident edits one of their messages (an edited_message update). */
	public int editText(long chatId, int messageId, String newText) {
		return this.queue.add(this.updates.editedText(chatId, messageId, newText));
	}

	/** Someone writes in a group the bot is in; the group id must be negative. */
	public int sendGroupText(long groupChatId, long fromUserId, String text) {
		if (groupChatId >= 0) {
			throw new IllegalArgumentException("group chat ids are negative: " + groupChatId);
		}
		return this.queue.add(this.updates.groupText(groupChatId, fromUserId, text));
	}

	/**
	 * Serves an already confirmed update once more, with the same update_id, as Telegram
	 * does when the bot's confirmation got lost. (No-op if it is still pending.)
	 */
	public void redeliver(int updateId) {
		this.queue.redeliver(updateId);
	}

	/**
	 * Queues an arbitrary Update JSON; a fresh update_id is added unless it has one.
	 * Callback query ids in it become answerable.
	 * @return the update_id
	 */
	public int addRawUpdate(String json) {
		JsonNode update = Json.parse(json);
		if (!(update instanceof ObjectNode object)) {
			throw new IllegalArgumentException("an update is a JSON object: " + json);
		}
		JsonNode query = object.path("callback_query");
		if (query.hasNonNull("id")) {
			long chatId = query.path("message").path("chat").path("id").asLong(query.path("from").path("id").asLong());
			this.recorder.callbackOpened(query.get("id").asText(), chatId);
		}
		return this.queue.add(object);
	}

	/** The highest update_id the bot has confirmed via getUpdates' offset, 0 if none. */
	public int confirmedUpTo() {
		return this.queue.confirmedUpTo();
	}

	/**
	 * Waits until the bot has confirmed the update (it asked for a later offset).
	 * @throws AssertionError on timeout
	 */
	public void awaitConfirmed(int updateId, Duration timeout) {
		try {
			if (!this.queue.awaitConfirmed(updateId, timeout)) {
				throw new AssertionError("update " + updateId + " not confirmed within " + timeout
						+ "; confirmed up to " + confirmedUpTo());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	/** Updates not yet confirmed (including redeliveries not yet served). */
	public int pendingUpdates() {
		return this.queue.pendingCount();
	}

	/**
	 * When the bot first asked for updates (since the start or the last
	 * {@link #reset()}), e.g. to time how long a bot takes to start polling.
	 */
	public Optional<Instant> firstGetUpdatesAt() {
		return Optional.ofNullable(this.handler.firstGetUpdates());
	}

	public int getUpdatesCalls() {
		return callsOf("getUpdates");
	}

	/** getUpdates calls answered 409 because a newer getUpdates call replaced them. */
	public int getUpdatesConflicts() {
		return this.queue.conflicts();
	}

	// ------------------------------------------------------------------ bot side

	public List<SentMessage> messagesTo(long chatId) {
		return allSent((m) -> m.chatId() == chatId);
	}

	public List<SentMessage> allMessages() {
		return allSent((m) -> true);
	}

	/**
	 * @throws AssertionError if the bot sent nothing to the chat
	 */
	public SentMessage lastMessageTo(long chatId) {
		List<SentMessage> messages = messagesTo(chatId);
		if (messages.isEmpty()) {
			throw new AssertionError("the bot sent nothing to chat " + chatId);
		}
		return messages.get(messages.size() - 1);
	}

	/**
	 * Waits until the bot has sent at least {@code atLeast} messages to the chat.
	 * @return all messages to the chat at that moment
	 * @throws AssertionError on timeout, listing what did arrive
	 */
	public List<SentMessage> awaitMessages(long chatId, int atLeast, Duration timeout) {
		List<SentMessage> messages = await((m) -> m.chatId() == chatId, (list) -> list.size() >= atLeast, timeout);
		if (messages.size() < atLeast) {
			throw new AssertionError("expected at least " + atLeast + " messages to chat " + chatId + " within "
					+ timeout + ", got " + messages.size() + ": " + messages + otherChats(chatId));
		}
		return messages;
	}

	/**
	 * Waits for a message to the chat whose text (raw or as the resident sees it)
	 * contains the fragment.
	 * @return the first such message
	 * @throws AssertionError on timeout, listing what did arrive
	 */
	public SentMessage awaitMessageContaining(long chatId, String fragment, Duration timeout) {
		List<SentMessage> matching = await((m) -> m.chatId() == chatId && m.contains(fragment),
				(list) -> !list.isEmpty(), timeout);
		if (matching.isEmpty()) {
			throw new AssertionError("no message to chat " + chatId + " containing \"" + fragment + "\" within "
					+ timeout + "; got: " + messagesTo(chatId) + otherChats(chatId));
		}
		return matching.get(0);
	}

	/**
	 * Asserts the bot sends nothing (more) to the chat during the period, e.g. for group
	 * messages it must ignore.
	 */
	public void assertNoMessagesTo(long chatId, Duration during) {
		int before = messagesTo(chatId).size();
		List<SentMessage> messages = await((m) -> m.chatId() == chatId, (list) -> list.size() > before, during);
		if (messages.size() > before) {
			throw new AssertionError(
					"expected no message to chat " + chatId + ", got " + messages.subList(before, messages.size()));
		}
	}

	public List<AnsweredCallback> answeredCallbacks() {
		return this.recorder.answeredCallbacks();
	}

	/** Successful editMessageText and editMessageReplyMarkup calls, in order. */
	public List<Edit> edits() {
		return this.recorder.edits();
	}

	/**
	 * The command menus set with setMyCommands, by language_code ("" for the default);
	 * the latest call per language wins, deleteMyCommands removes. The scope is not
	 * distinguished: look at {@link #calls(String)} for that.
	 */
	public Map<String, List<Command>> commandsSet() {
		return this.recorder.commands();
	}

	/**
	 * How many calls of the method arrived (any spelling), including faulted and rejected
	 * ones.
	 */
	public int callsOf(String method) {
		return this.recorder.callCount(method);
	}

	/** Every call except getUpdates, in order, with its parameters and HTTP status. */
	public List<ApiCall> calls() {
		return this.recorder.calls((call) -> true);
	}

	/** The calls of one method (any spelling). */
	public List<ApiCall> calls(String method) {
		return this.recorder.calls((call) -> call.method().equalsIgnoreCase(method));
	}

	/**
	 * Tells the listener of every call except getUpdates, as {@link #calls()} records it,
	 * once its answer is decided and before it is written, on the thread that answers it
	 * (so keep it short). It may act as the resident at once ({@link #sendText},
	 * {@link #pressButton}...): a load generator that answers each reply as it arrives
	 * rather than polling for it. Replaces any earlier listener; {@code null} removes it.
	 */
	public void onCall(Consumer<ApiCall> listener) {
		this.handler.listener(listener);
	}

	/** When each successfully sent message arrived, in order. */
	public List<Instant> sendTimestamps() {
		return allMessages().stream().map(SentMessage::at).toList();
	}

	/**
	 * The most messages accepted within any window of the given length (all chats), for
	 * checking the application's own throttling.
	 */
	public int maxSentWithin(Duration window) {
		return maxWithin(sendTimestamps(), window);
	}

	/** Like {@link #maxSentWithin(Duration)}, for one chat. */
	public int maxSentWithin(long chatId, Duration window) {
		return maxWithin(messagesTo(chatId).stream().map(SentMessage::at).toList(), window);
	}

	// ------------------------------------------------------------------ faults

	/** Consults the rule for every call from now on (replacing any earlier rule). */
	public void setFault(FaultRule rule) {
		this.handler.faultRule(rule);
	}

	public void clearFault() {
		this.handler.faultRule(null);
	}

	/**
	 * Answers sendMessage with 429 (retry_after 1) when it would put more than
	 * {@code globalPerSecond} in a sliding one-second window, or more than
	 * {@code perChatPerSecond} to one chat, as Telegram's flood control does (its
	 * documented limits are 30 per second overall and about 1 per second per chat).
	 */
	public void enforceLimits(int globalPerSecond, int perChatPerSecond) {
		enforceLimits(globalPerSecond, perChatPerSecond, perChatPerSecond);
	}

	/**
	 * Like {@link #enforceLimits(int, int)}, with Telegram's short bursts to one chat: a
	 * chat may get {@code perChatBurst} messages at once, then {@code perChatPerSecond}
	 * (a token bucket refilled continuously).
	 */
	public void enforceLimits(int globalPerSecond, double perChatPerSecond, int perChatBurst) {
		this.handler.limiter(new RateLimiter(globalPerSecond, perChatPerSecond, perChatBurst));
	}

	public void stopEnforcingLimits() {
		this.handler.limiter(null);
	}

	/** How many 429 answers the rate limit enforcer gave. */
	public int tooManyRequestsAnswered() {
		return this.handler.tooManyRequestsAnswered();
	}

	/**
	 * Answers a method the fake does not model (normally 404) with
	 * {@code {"ok":true,"result":<resultJson>}}.
	 */
	public void stub(String method, String resultJson) {
		this.handler.stub(method, Json.parse(resultJson));
	}

	// ------------------------------------------------------------------ internals

	private List<SentMessage> allSent(Predicate<SentMessage> filter) {
		return this.recorder.sent(filter);
	}

	private List<SentMessage> await(Predicate<SentMessage> filter, Predicate<List<SentMessage>> done,
			Duration timeout) {
		try {
			return this.recorder.awaitSent(filter, done, timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	/** Helps when a test awaits the wrong chat id. */
	private String otherChats(long chatId) {
		String others = allSent((m) -> m.chatId() != chatId).stream()
			.map((m) -> String.valueOf(m.chatId()))
			.distinct()
			.collect(Collectors.joining(", "));
		return others.isEmpty() ? "" : " (the bot did write to chats " + others + ")";
	}

	private static int maxWithin(List<Instant> times, Duration window) {
		List<Instant> sorted = new ArrayList<>(times);
		sorted.sort(null);
		int best = 0;
		int start = 0;
		for (int end = 0; end < sorted.size(); end++) {
			while (Duration.between(sorted.get(start), sorted.get(end)).compareTo(window) >= 0) {
				start++;
			}
			best = Math.max(best, end - start + 1);
		}
		return best;
	}

	private static String newToken() {
		SecureRandom random = new SecureRandom();
		StringBuilder token = new StringBuilder("1:AAF");
		for (int i = 0; i < 32; i++) {
			token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
		}
		return token.toString();
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "fake-telegram-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
